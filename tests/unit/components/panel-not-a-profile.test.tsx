import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { render, screen, fireEvent, waitFor } from '@testing-library/react';
import { PanelApp } from '@/components/panel/PanelApp';
import { createTask, getDb, linkProfile, saveFromSnapshot } from '@/lib/db';
import { snapshotOf } from '../helpers';
import { fakeAccess } from './panel-fake-access';

// The panel loads these after first paint; loading them once here keeps
// each test's wait about the panel, not about Vite transforming a module.
beforeAll(async () => {
  await Promise.all([
    import('@/lib/routine'),
    import('@/components/give-first/GiveFirstPanel'),
    import('@/components/contact/ContactSnippets'),
    import('@/components/panel/NotAProfile'),
    import('@/components/quick-save/QuickSaveFlow'),
  ]);
}, 30_000);

const feed = 'https://www.linkedin.com/feed/';
const notAProfile = { ok: false as const, reason: 'not-a-profile' as const };

async function clearAll() {
  const db = getDb();
  await Promise.all(
    [db.contacts, db.interactions, db.tasks, db.resources, db.events, db.settings].map((t) => t.clear()),
  );
}

describe('not a profile', () => {
  beforeEach(clearAll);

  test('follow-ups due today are listed with Done; empty states say what to do', async () => {
    const db = getDb();
    const jane = await saveFromSnapshot(db, snapshotOf('https://x.com/janedoe'));
    await createTask(db, {
      kind: 'connect',
      contactId: jane.id,
      title: 'Connect with Jane',
      due: Date.now() - 1000,
      origin: 'quick-save',
    });
    await createTask(db, {
      kind: 'follow-up',
      title: 'Next month thing',
      due: Date.now() + 40 * 86_400_000,
      origin: 'manual',
    });
    render(<PanelApp access={fakeAccess(feed, notAProfile)} />);
    const due = await screen.findByTestId('due-follow-ups');
    expect(due.textContent).toContain('Connect with Jane');
    expect(due.textContent).not.toContain('Next month thing');
    fireEvent.click(screen.getByRole('button', { name: 'Mark done: “Connect with Jane”' }));
    expect(await screen.findByText('No follow-up due.', { exact: false })).toBeTruthy();
  });

  test('quick note for someone met without their profile: name first, saved by name', async () => {
    const access = fakeAccess(feed, notAProfile);
    render(<PanelApp access={access} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Save someone you just met' }));
    const name = await screen.findByLabelText('Their name');
    expect(document.activeElement).toBe(name);
    fireEvent.submit(name.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('Write their name.');
    fireEvent.change(name, { target: { value: 'Ada Lovelace' } });
    fireEvent.change(screen.getByLabelText('Where (an event or a context)'), {
      target: { value: 'Paris.js' },
    });
    fireEvent.submit(name.closest('form')!);
    expect(((await screen.findByTestId('message-editor')) as HTMLTextAreaElement).value).toContain('Hi Ada,');
    const [ada] = await getDb().contacts.toArray();
    expect(ada).toMatchObject({ name: 'Ada Lovelace', profiles: [], howWeMet: { context: 'Paris.js' } });
  });

  test('the shortcut off a profile opens the quick note with the name focused', async () => {
    const access = fakeAccess(feed, notAProfile);
    render(<PanelApp access={access} />);
    await screen.findByRole('heading', { name: 'Not a profile' });
    access.pressQuickSave();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Their name')));
  });

  test('search finds saved people by the start of their name or company', async () => {
    await saveFromSnapshot(getDb(), snapshotOf('https://www.linkedin.com/in/jane-doe/', { company: 'Acme' }));
    render(<PanelApp access={fakeAccess(feed, notAProfile)} />);
    fireEvent.change(await screen.findByLabelText('Search your contacts by name or company'), {
      target: { value: 'acm' },
    });
    const link = await screen.findByRole('link', { name: 'Jane Doe' });
    expect(link.getAttribute('href')).toBe('https://www.linkedin.com/in/jane-doe/');
    fireEvent.change(screen.getByLabelText('Search your contacts by name or company'), {
      target: { value: 'zz' },
    });
    expect(await screen.findByText('No one saved matches “zz”.')).toBeTruthy();
  });

  test('add this page as a resource, or say how to let Guild see the page', async () => {
    const blog = 'https://blog.example.com/post';
    render(<PanelApp access={fakeAccess(blog, notAProfile, { url: blog, title: 'A good post' })} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add this page as a resource' }));
    expect(await screen.findByText('Added “A good post” to your resources.')).toBeTruthy();
    expect(await getDb().resources.toArray()).toMatchObject([{ url: blog, title: 'A good post' }]);
  });

  test('without activeTab the browser hides the address: the panel explains how to grant it', async () => {
    render(<PanelApp access={fakeAccess('https://blog.example.com/', notAProfile, {})} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add this page as a resource' }));
    expect(await screen.findByText(/Click Guild’s toolbar button/)).toBeTruthy();
    expect(await getDb().resources.count()).toBe(0);
  });
});

describe('someone saved by name, met again on their profile', () => {
  beforeEach(clearAll);

  test('“Is this the Jane Doe you met at Paris.js?” → Yes links the profile to them', async () => {
    const db = getDb();
    const id = (await db.contacts.add({
      name: 'jane doe',
      profiles: [],
      profileKeys: [],
      circle: 'acquaintance',
      tags: [],
      interests: [],
      projects: [],
      needs: [],
      offers: [],
      notes: '',
      communityIds: [],
      news: [],
      createdAt: 1,
      updatedAt: 1,
      howWeMet: { context: 'Paris.js' },
    })) as number;
    const url = 'https://www.linkedin.com/in/jane-doe/';
    render(
      <PanelApp access={fakeAccess(url, { ok: true, snapshot: snapshotOf(url, { headline: 'Rust' }) })} />,
    );
    expect(await screen.findByText('Is this the jane doe you met at Paris.js?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, link this profile' }));
    await waitFor(() =>
      expect(screen.getByTestId('saved-status').textContent).toContain('In your address book'),
    );
    expect(await db.contacts.get(id)).toMatchObject({ profileKeys: ['linkedin:jane-doe'], headline: 'Rust' });
    expect(await db.contacts.count()).toBe(1);
  });

  test('“No, someone else” hides the question; someone already on this site is not asked about', async () => {
    const db = getDb();
    const other = await saveFromSnapshot(db, snapshotOf('https://x.com/janedoe'));
    await linkProfile(
      db,
      other.id as number,
      snapshotOf('https://www.linkedin.com/in/another-jane/').profile,
    );
    const byName = await saveFromSnapshot(db, snapshotOf('https://x.com/jd2'));
    const url = 'https://www.linkedin.com/in/jane-doe/';
    render(<PanelApp access={fakeAccess(url, { ok: true, snapshot: snapshotOf(url) })} />);
    expect(await screen.findByText('Is this the Jane Doe you saved earlier?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'No, someone else' }));
    await waitFor(() => expect(screen.queryByText(/^Is this the/)).toBeNull());
    expect((await db.contacts.get(byName.id as number))?.profileKeys).toEqual(['x:jd2']);
  });
});
