import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchGuild, type GuildBrowser } from '../harness/guild';
import { startCouchPeer, type CouchPeer } from '../harness/pouchdb-server';
import { eventually } from '../harness/eventually';
import { readStore } from '../harness/database';
import { watchExtensionRequests } from '../harness/network';
import { panel, textOf } from '../harness/panel';
import { allowSyncServer } from '../harness/site-access';
import { startOutageProxy, type OutageProxy } from '../harness/outage-proxy';

/**
 * Sync end to end: two Guilds (two Chromium profiles: two devices) and a
 * CouchDB peer (pouchdb-server in memory) on loopback, reached through a
 * relay the test can cut to play an outage. Everything is done
 * through the UI as a user would, and asserted on what the user sees; the
 * server's stored documents are read directly to check they hold no name.
 */

const CAMILLE = 'https://www.linkedin.com/in/camille-lefevre-dev/';
const PASSPHRASE = 'correct horse battery staple';
const DB = 'guild';
const SETTLE = 20_000; // a debounced push (3 s) and a 600k-iteration KDF on a loaded machine

interface Device {
  guild: GuildBrowser;
  requests: string[];
  /** Settings → Sync, kept open. */
  sync: Page;
  /** The dashboard's contacts, kept open. */
  contacts: Page;
}

let peer: CouchPeer;
/** The server as the devices know it (the relay's origin). */
let server: OutageProxy;
let a: Device;
let b: Device;

async function device(): Promise<Device> {
  const guild = await launchGuild();
  const requests = watchExtensionRequests(guild.context, guild.extensionId);
  const sync = await guild.openDashboard();
  await sync.goto(`chrome-extension://${guild.extensionId}/options.html#/sync`);
  const contacts = await guild.openDashboard();
  await contacts.goto(`chrome-extension://${guild.extensionId}/options.html#/contacts`);
  return { guild, requests, sync, contacts };
}

/** Fill Settings → Sync and click "Turn sync on" (the server allowed in Chrome first). */
async function turnOn(d: Device, passphrase: string) {
  const page = d.sync;
  await eventually(async () => expect(await page.getByLabel('Database URL').count()).toBe(1));
  await page.getByLabel('Database URL').fill(`${server.origin}/${DB}`);
  await page.getByLabel('Encryption passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Turn sync on' }).click();
}

const syncOn = (d: Device) =>
  eventually(
    async () => expect(await textOf(d.sync.locator('h2'))).toBe(`Sync is on, with ${server.origin}.`),
    SETTLE,
  );

const statusLines = (d: Device) => d.sync.getByTestId('sync-status').locator('li').allTextContents();

/** Wait until this device has sent everything (what its Sync page says). */
async function allSent(d: Device) {
  await eventually(async () => {
    const lines = await statusLines(d);
    expect(lines).toContain('Changes waiting to be sent: 0.');
    expect(lines.some((l) => l.startsWith('Last sync: '))).toBe(true);
    expect(lines.filter((l) => /unreachable|error|Wrong/i.test(l))).toEqual([]);
  }, SETTLE);
}

/** Pause sync on these devices, as someone going offline would. */
async function pause(...devices: Device[]) {
  for (const d of devices) {
    await d.sync.getByRole('button', { name: 'Pause' }).click();
    await eventually(async () =>
      expect(await statusLines(d)).toContain('Sync is paused: nothing is sent or received until you resume.'),
    );
  }
}

/** Each of these devices shows one change waiting to be sent. */
async function oneWaiting(...devices: Device[]) {
  for (const d of devices)
    await eventually(async () => expect(await statusLines(d)).toContain('Changes waiting to be sent: 1.'));
}

/** `first` comes back and its edit reaches the server; then `second`, which receives it and sends its own. */
async function resumeInTurn(first: Device, second: Device) {
  const before = await serverRevs();
  await first.sync.getByRole('button', { name: 'Resume' }).click();
  await allSent(first);
  await eventually(async () => expect(await serverRevs()).not.toEqual(before), SETTLE);
  await second.sync.getByRole('button', { name: 'Resume' }).click();
  await allSent(second);
}

/** Each stored document's revision (to see that a device's push arrived). */
async function serverRevs(): Promise<Record<string, string>> {
  const docs = await peer.allDocs(DB);
  return Object.fromEntries(docs.map((d) => [String(d._id), String(d._rev)]));
}

/** Open a contact's page on a device's contacts tab, from the list, as a user does. */
async function openContact(d: Device, name: string) {
  const page = d.contacts;
  await page.goto(`chrome-extension://${d.guild.extensionId}/options.html#/contacts`);
  const link = page.locator('.contact-link', { hasText: name });
  await eventually(async () => expect(await link.count()).toBe(1), SETTLE);
  await link.click();
  await eventually(async () => expect(await textOf(page.locator('h1'))).toBe(name));
  return page;
}

async function editField(page: Page, label: string, value: string) {
  await page.getByLabel(label, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await eventually(async () => expect(await page.getByText('Saved.', { exact: true }).count()).toBe(1));
}

describe('sync between two browsers through a CouchDB peer on loopback', () => {
  beforeAll(async () => {
    peer = await startCouchPeer();
    server = await startOutageProxy(peer.port);
    a = await device();
    b = await device();
  }, 120_000);
  afterAll(async () => {
    await a?.guild.close();
    await b?.guild.close();
    await server?.close();
    await peer?.stop();
  });

  test('A turns sync on in Settings: the passphrase warning first, then Chrome’s permission for that server only', async () => {
    await eventually(async () =>
      expect(await a.sync.getByText('A lost passphrase cannot be recovered', { exact: false }).count()).toBe(
        1,
      ),
    );
    const granted = () =>
      a.guild.inBackground(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }));
    expect(await granted()).toBe(false);
    // Nothing was sent while sync was off.
    expect(a.requests).toEqual([]);
    await allowSyncServer(a.guild, 'http://127.0.0.1/*');
    await turnOn(a, PASSPHRASE);
    await syncOn(a);
    expect(await granted()).toBe(true);
    await allSent(a);
    // The first device wrote the key check: salt and a sealed known value, nothing else.
    const docs = await peer.allDocs(DB);
    expect(docs.map((d) => d._id)).toContain('guild-key-check');
  }, 90_000);

  test('a wrong passphrase on B is refused in words, and nothing is written there or on the server', async () => {
    const before = await serverRevs();
    await allowSyncServer(b.guild, 'http://127.0.0.1/*');
    await turnOn(b, 'not the passphrase at all');
    await eventually(
      async () =>
        expect(await textOf(b.sync.locator('p.error[role="status"]'))).toBe(
          'Wrong passphrase: it does not open the records already on this server. Nothing was written, here or on the server.',
        ),
      SETTLE,
    );
    expect(await b.sync.getByRole('button', { name: 'Turn sync on' }).count()).toBe(1);
    expect(await readStore(b.sync, 'syncState')).toEqual([]);
    expect(await readStore(b.sync, 'syncRecords')).toEqual([]);
    expect(await readStore(b.sync, 'syncChanges')).toEqual([]);
    expect(await serverRevs()).toEqual(before);
  }, 60_000);

  test('B joins with the right passphrase; a contact saved on A is shown on B', async () => {
    await b.sync.getByLabel('Encryption passphrase').fill(PASSPHRASE);
    await b.sync.getByRole('button', { name: 'Turn sync on' }).click();
    await syncOn(b);
    await allSent(b);

    const before = await serverRevs();
    const site = await a.guild.openSite(CAMILLE);
    const p = panel((await a.guild.openPanel(site)).page);
    await eventually(async () => expect(await textOf(p.personName())).toBe('Camille Lefèvre'));
    await p.saveButton().click();
    await eventually(async () => expect(await textOf(p.status())).toContain('In your address book'));
    await p.page.close();
    await site.page.close();
    // A sends it by itself once the edit settles.
    await eventually(async () => expect(await serverRevs()).not.toEqual(before), SETTLE);
    await allSent(a);

    await b.sync.getByRole('button', { name: 'Sync now' }).click();
    await eventually(
      async () =>
        expect(await b.contacts.locator('.contact-link', { hasText: 'Camille Lefèvre' }).count()).toBe(1),
      SETTLE,
    );
  }, 90_000);

  test('edits of different fields made on both while paused (offline) are both kept on both', async () => {
    await pause(a, b);
    const onA = await openContact(a, 'Camille Lefèvre');
    await editField(onA, 'Headline', 'Staff engineer, compilers');
    const onB = await openContact(b, 'Camille Lefèvre');
    await editField(onB, 'Company', 'Atelier Rouge');
    await oneWaiting(a, b);

    await resumeInTurn(a, b);
    const head = (page: Page) =>
      page.locator('header.profile-head').evaluate((el) => (el as HTMLElement).innerText);
    await eventually(async () => {
      const shown = await head(onB);
      expect(shown).toContain('Staff engineer, compilers');
      expect(shown).toContain('Atelier Rouge');
    }, SETTLE);

    await a.sync.getByRole('button', { name: 'Sync now' }).click();
    await eventually(async () => {
      const shown = await head(onA);
      expect(shown).toContain('Staff engineer, compilers');
      expect(shown).toContain('Atelier Rouge');
    }, SETTLE);
  }, 120_000);

  test('the same field edited on both while paused: the later edit wins on both, the other is shown on the contact page', async () => {
    await pause(a, b);
    const onA = await openContact(a, 'Camille Lefèvre');
    await editField(onA, 'Location', 'Lyon');
    const onB = await openContact(b, 'Camille Lefèvre');
    await editField(onB, 'Location', 'Nantes'); // later
    await oneWaiting(a, b);

    await resumeInTurn(a, b);
    const lostNote = 'Location was also set to “Lyon” on another device; the later edit was kept.';
    const lostEdits = (page: Page) =>
      page.getByRole('region', { name: 'Edited on two devices' }).locator('li').allTextContents();
    await eventually(async () => expect(await lostEdits(onB)).toEqual([lostNote]), SETTLE);

    await a.sync.getByRole('button', { name: 'Sync now' }).click();
    await eventually(async () => expect(await lostEdits(onA)).toEqual([lostNote]), SETTLE);
    await onA.reload();
    await eventually(async () =>
      expect(await onA.getByLabel('Location', { exact: true }).inputValue()).toBe('Nantes'),
    );
  }, 120_000);

  test('the server goes away: the edit waits, the status says so in words, and it is sent once the server is back', async () => {
    await server.cut();
    const onA = await openContact(a, 'Camille Lefèvre');
    await editField(onA, 'Position', 'Principal engineer');
    await eventually(async () => {
      const lines = await statusLines(a);
      expect(lines).toContain('Changes waiting to be sent: 1.');
      expect(lines.some((l) => /^Server unreachable\. Retrying at \d{1,2}:\d{2}/.test(l))).toBe(true);
    }, SETTLE);
    await server.restore();
    await a.sync.getByRole('button', { name: 'Sync now' }).click();
    await allSent(a);
    await b.sync.getByRole('button', { name: 'Sync now' }).click();
    const onB = await openContact(b, 'Camille Lefèvre');
    await eventually(
      async () =>
        expect(await textOf(onB.locator('header.profile-head p.muted'))).toContain('Principal engineer'),
      SETTLE,
    );
  }, 90_000);

  test('a contact deleted on B is gone on A too', async () => {
    const onB = await openContact(b, 'Camille Lefèvre');
    const before = await serverRevs();
    await onB.getByRole('button', { name: 'Delete Camille Lefèvre' }).click();
    await eventually(async () =>
      expect(await onB.locator('.contact-link', { hasText: 'Camille Lefèvre' }).count()).toBe(0),
    );
    // B sends the delete by itself once it settles.
    await eventually(async () => expect(await serverRevs()).not.toEqual(before), SETTLE);
    await allSent(b);
    await a.contacts.goto(`chrome-extension://${a.guild.extensionId}/options.html#/contacts`);
    await eventually(async () =>
      expect(await a.contacts.locator('.contact-link', { hasText: 'Camille Lefèvre' }).count()).toBe(1),
    );
    await a.sync.getByRole('button', { name: 'Sync now' }).click();
    await eventually(
      async () =>
        expect(await a.contacts.locator('.contact-link', { hasText: 'Camille Lefèvre' }).count()).toBe(0),
      SETTLE,
    );
  }, 90_000);

  test('the server holds only ciphertext: no name, profile key, headline or company in its documents', async () => {
    const stored = JSON.stringify(await peer.allDocs(DB)).toLowerCase();
    expect(stored.length).toBeGreaterThan(1000);
    for (const secret of [
      'Camille',
      'Lefèvre',
      'Lefevre',
      'camille-lefevre-dev',
      'linkedin',
      'Staff engineer',
      'compilers',
      'Atelier Rouge',
    ]) {
      expect(stored, secret).not.toContain(secret.toLowerCase());
    }
  });

  test('with sync on, both devices’ requests went only to the configured database', () => {
    for (const d of [a, b]) {
      expect(d.requests.length).toBeGreaterThan(0);
      const elsewhere = d.requests.filter((url) => {
        const u = new URL(url);
        return u.origin !== server.origin || !(u.pathname === `/${DB}` || u.pathname.startsWith(`/${DB}/`));
      });
      expect(elsewhere).toEqual([]);
    }
  });
});
