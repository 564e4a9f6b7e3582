import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { panel, readClipboard, textOf } from '../harness/panel';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';
import { axeViolations } from '../harness/axe';
import { useGuild } from '../harness/use-guild';

interface StoredInteraction {
  contactId: number;
  kind: string;
  direction?: string;
  resourceId?: number;
}

const RESOURCE = {
  url: 'https://web.dev/articles/optimize-inp',
  title: 'Optimize Interaction to Next Paint',
  tags: ['React performance', 'web vitals'],
};

/**
 * What the user would have typed in the dashboard: Camille's interests, and a
 * resource in the library. Written with raw IndexedDB from an extension page,
 * so the test does not depend on the dashboard's forms.
 */
function seedInterestAndResource(page: Page, now: number): Promise<void> {
  return page.evaluate(
    ({ resource, at }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('guild');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['contacts', 'resources'], 'readwrite');
          const contacts = tx.objectStore('contacts');
          const all = contacts.getAll();
          all.onsuccess = () => {
            const camille = (all.result as { name: string; interests: string[]; updatedAt: number }[])[0];
            if (camille) contacts.put({ ...camille, interests: ['React performance'], updatedAt: at });
            tx.objectStore('resources').add({ ...resource, addedAt: at });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { resource: RESOURCE, at: now },
  );
}

describe('give first in the side panel', () => {
  const session = useGuild({ clipboard: true });

  test('a saved person whose interests meet a saved resource: the panel suggests sharing it, and the copied message names both', async () => {
    const site = await session.guild.openSite('https://www.linkedin.com/in/camille-lefevre-dev/');
    let p = panel((await session.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(p.personName())).toBe('Camille Lefèvre'));
    await p.saveButton().click();
    await eventually(async () => expect(await textOf(p.status())).toContain('In your address book'));

    await seedInterestAndResource(p.page, Date.now());
    // Raw IndexedDB writes bypass Dexie's change feed: open the panel afresh, as the user would later.
    await p.page.close();
    p = panel((await session.guild.openPanel(site)).page);

    const card = p.page.locator('section.give-first');
    await eventually(async () => expect(await textOf(card.locator('h3'))).toBe('Share a resource'), 15_000);
    expect(await textOf(card.locator('.reason'))).toContain('React performance');

    await card.getByRole('button', { name: /^Copy$/ }).click();
    await eventually(async () => expect(await textOf(card.locator('.copy-status'))).toMatch(/^Copied/));
    const copied = await readClipboard(site.page);
    expect(copied).toContain('Camille');
    expect(copied).toContain(RESOURCE.title);
    expect(copied).toContain(RESOURCE.url);
    expect(copied).not.toMatch(/[{}[\]]/);

    // Copying is not giving: nothing in the history until the user says it was sent.
    expect(await readStore<StoredInteraction>(p.page, 'interactions')).toEqual([]);
    await card.getByRole('button', { name: 'Sent', exact: true }).click();
    await eventually(async () =>
      expect(await textOf(p.page.getByTestId('give-first-sent'))).toBe(`Shared “${RESOURCE.title}”`),
    );
    const [resource] = await readStore<{ id: number }>(p.page, 'resources');
    await eventually(async () => {
      const interactions = await readStore<StoredInteraction>(p.page, 'interactions');
      expect(interactions).toContainEqual(
        expect.objectContaining({ resourceId: resource!.id, direction: 'gave' }),
      );
    });
    expect(await axeViolations(p.page)).toEqual([]);
  });
});
