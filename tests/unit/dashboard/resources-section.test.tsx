import { beforeEach, describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { buildContact, getDb } from '@/lib/db';
import { clearSharedDb } from '../helpers';
import { parseRoute } from '@/components/dashboard/router';
import { ResourcesSection } from '@/components/dashboard/sections/ResourcesSection';
import { buildPeopleIndex, candidatesFor } from '@/components/dashboard/resources/resource-fits';

const db = getDb();
const route = parseRoute('#/resources');

describe('Resources section', () => {
  beforeEach(async () => {
    await clearSharedDb();
  });

  test('empty library teaches; add with tags, edit, delete and undo', async () => {
    render(<ResourcesSection route={route} />);
    expect(await screen.findByText('Your library is empty.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a resource' }));
    fireEvent.change(screen.getByLabelText('Link'), { target: { value: 'https://example.com/react-perf' } });
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'React performance tips' } });
    fireEvent.change(screen.getByLabelText('Tags'), { target: { value: 'react, performance, React' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const item = (await screen.findByRole('link', { name: 'React performance tips' })).closest('li')!;
    expect(
      within(within(item).getByRole('list', { name: 'Tags' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['react', 'performance']);
    fireEvent.click(within(item).getByRole('button', { name: 'Edit “React performance tips”' }));
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'React perf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('link', { name: 'React perf' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “React perf”' }));
    await waitFor(async () => expect(await db.resources.count()).toBe(0));
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'React perf' })).toBeTruthy();
    expect(await db.resources.toArray()).toMatchObject([{ tags: ['react', 'performance'] }]);
  });

  test('"Who it fits" asks the give-first engine on opening, leaving out who already has it', async () => {
    const ana = (await db.contacts.add(
      buildContact({ name: 'Ana Lima', interests: ['React performance'] }, 1),
    )) as number;
    await db.contacts.add(buildContact({ name: 'Bruno Go', interests: ['Go'] }, 1));
    const cleo = (await db.contacts.add(
      buildContact({ name: 'Cléo React', projects: ['react'] }, 1),
    )) as number;
    await db.contacts.add(buildContact({ name: 'Dormant Dan', interests: ['react'], circle: 'dormant' }, 1));
    const resource = (await db.resources.add({
      url: 'https://example.com/r',
      title: 'Rendering guide',
      tags: ['react', 'performance'],
      addedAt: 1,
    })) as number;
    await db.interactions.add({
      contactId: cleo,
      kind: 'gave',
      date: Date.now() - 1000,
      resourceId: resource,
    });
    render(<ResourcesSection route={route} />);
    const toggle = await screen.findByRole('button', { name: 'Who it fits' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const list = await screen.findByRole('list', { name: 'People “Rendering guide” fits' });
    const people = within(list)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(people).toEqual(['Ana Lima']);
    expect(within(list).getByRole('link', { name: 'Ana Lima' }).getAttribute('href')).toBe(
      `#/contacts/${ana}`,
    );
    expect(list.textContent).toMatch(/React performance/);
  });

  test('the people index finds candidates by whole tag and by shared word, strongest first', () => {
    const index = buildPeopleIndex(
      [
        buildContact({ name: 'A', interests: ['typescript'] }, 1),
        buildContact({ name: 'B', interests: ['TypeScript compiler'] }, 1),
        buildContact({ name: 'C', interests: ['rust'] }, 1),
      ].map((c, i) => ({ ...c, id: i + 1 })),
    );
    expect(candidatesFor({ tags: ['TypeScript'] }, index).map((c) => c.name)).toEqual(['A', 'B']);
    expect(candidatesFor({ tags: ['compiler'] }, index).map((c) => c.name)).toEqual(['B']);
    expect(candidatesFor({ tags: [] }, index)).toEqual([]);
  });
});
