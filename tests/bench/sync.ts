import type { Page } from 'playwright-core';
import { launchGuild, type GuildBrowser } from '../harness/guild';
import { startCouchPeer, type CouchPeer } from '../harness/pouchdb-server';
import { allowSyncServer } from '../harness/site-access';
import { openBenchPage, type BenchPage } from './bench-page';
import { row, type Section } from './report';
import { median } from './stats';

const PASSPHRASE = 'correct horse battery staple';
const DB = 'guild';
/** Documents per `_bulk_docs` and per `_changes` page: the same as lib/sync/replicate.ts. */
const BATCH = 500;
const POLL_MS = 20;

/** Poll a condition (no sleep-and-hope): resolves with the time it first held. */
async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return Date.now();
    if (Date.now() > deadline) throw new Error(`sync bench: ${what} did not happen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** The Sync page says everything was sent and a sync finished, with no error. */
async function syncSettled(page: Page): Promise<boolean> {
  const lines = await page.getByTestId('sync-status').locator('li').allTextContents();
  return (
    lines.includes('Changes waiting to be sent: 0.') &&
    lines.some((l) => l.startsWith('Last sync: ')) &&
    !lines.some((l) => /unreachable|error|Wrong|refused/i.test(l))
  );
}

/** The note beside "Sync now" (set when a run it started ends). */
async function syncNote(page: Page, text: string): Promise<boolean> {
  return (await page.locator('.sync-status .actions [role="status"]').textContent()) === text;
}

/** Settings → Sync, filled and clicked as in tests/e2e/sync.e2e.ts; resolves with the click's time. */
async function turnOnThroughSettings(
  guild: GuildBrowser,
  origin: string,
): Promise<{ page: Page; clickedAt: number }> {
  await allowSyncServer(guild, 'http://127.0.0.1/*');
  const page = await guild.openDashboard();
  page.setDefaultTimeout(600_000);
  await page.goto(`chrome-extension://${guild.extensionId}/options.html#/sync`);
  await page.getByLabel('Database URL').fill(`${origin}/${DB}`);
  await page.getByLabel('Encryption passphrase').fill(PASSPHRASE);
  const clickedAt = Date.now();
  await page.getByRole('button', { name: 'Turn sync on' }).click();
  return { page, clickedAt };
}

interface Raw {
  docs: number;
  bytes: number;
  ms: number;
}

/** In an extension page (the server's host permission granted): the same documents posted again with `_bulk_docs`, in batches like Guild's. */
function rawUpload(bench: BenchPage, origin: string): Promise<Raw> {
  return bench.page.evaluate(
    async ({ origin, from, to, batch }) => {
      const json = { 'Content-Type': 'application/json', Accept: 'application/json' };
      const all = (await (await fetch(`${origin}/${from}/_all_docs?include_docs=true`)).json()) as {
        rows: { doc: Record<string, unknown> }[];
      };
      // Equal bytes: each stored document, its id replaced by one of the same length.
      const docs = all.rows
        .map((r) => r.doc)
        .filter((d) => !String(d._id).startsWith('guild-'))
        .map((d, i) => {
          const id = String(d._id);
          const copy: Record<string, unknown> = { ...d, _id: `r${i}`.padEnd(id.length, 'x') };
          delete copy._rev;
          return copy;
        });
      await fetch(`${origin}/${to}`, { method: 'PUT', headers: json });
      const bodies = [];
      for (let i = 0; i < docs.length; i += batch)
        bodies.push(JSON.stringify({ docs: docs.slice(i, i + batch) }));
      const t0 = performance.now();
      for (const body of bodies) {
        const response = await fetch(`${origin}/${to}/_bulk_docs`, { method: 'POST', headers: json, body });
        if (!response.ok) throw new Error(`raw _bulk_docs: ${response.status}`);
        await response.json();
      }
      const ms = performance.now() - t0;
      return { docs: docs.length, bytes: bodies.reduce((n, b) => n + b.length, 0), ms };
    },
    { origin, from: DB, to: 'raw-upload', batch: BATCH },
  );
}

/** In an extension page: every document of the database read through `_changes`, in pages like Guild's. */
function rawDownload(bench: BenchPage, origin: string): Promise<Raw> {
  return bench.page.evaluate(
    async ({ origin, db, batch }) => {
      const t0 = performance.now();
      let since: string | number = 0;
      let docs = 0;
      let bytes = 0;
      for (;;) {
        const response = await fetch(
          `${origin}/${db}/_changes?since=${encodeURIComponent(String(since))}&limit=${batch}&include_docs=true`,
          { headers: { Accept: 'application/json' } },
        );
        const text = await response.text();
        bytes += text.length;
        const page = JSON.parse(text) as { results: unknown[]; last_seq: string | number };
        docs += page.results.length;
        since = page.last_seq;
        if (page.results.length < batch) break;
      }
      return { docs, bytes, ms: performance.now() - t0 };
    },
    { origin, db: DB, batch: BATCH },
  );
}

/** The server's current update sequence (to wait for the next change). */
async function lastSeq(peer: CouchPeer): Promise<string> {
  const body = (await (await fetch(`${peer.origin}/${DB}/_changes?descending=true&limit=1`)).json()) as {
    last_seq: string | number;
  };
  return String(body.last_seq);
}

async function changedSince(peer: CouchPeer, since: string): Promise<boolean> {
  const body = (await (
    await fetch(`${peer.origin}/${DB}/_changes?since=${encodeURIComponent(since)}`)
  ).json()) as {
    results: unknown[];
  };
  return body.results.length > 0;
}

/** The local id of a contact by name, read with raw IndexedDB in an extension page. */
function localIdOf(bench: BenchPage, name: string): Promise<number> {
  return bench.page.evaluate(
    (wanted) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('guild');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result
            .transaction('contacts')
            .objectStore('contacts')
            .index('name')
            .getKey(wanted);
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as number);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    name,
  );
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Issue 18's figures: two Guilds (two Chromium profiles) and pouchdb-server
 * in memory on loopback. The first sync of `contacts` contacts with one
 * interaction each, turned on through Settings → Sync on the device holding
 * them and then on an empty one joining; and the time from a save on A to
 * its appearance on B. Each next to raw CouchDB requests made in the same
 * run, from the same browser, to the same server.
 */
export async function syncBench(
  code: string,
  sizes: { contacts: number; samples: number },
  step: (name: string) => void,
): Promise<Section> {
  const peer = await startCouchPeer();
  let a: GuildBrowser | undefined;
  let b: GuildBrowser | undefined;
  try {
    a = await launchGuild();
    b = await launchGuild();
    const benchA = await openBenchPage(a, code);
    const benchB = await openBenchPage(b, code);
    step(`   seeding A with ${sizes.contacts} contacts and as many interactions`);
    const seeded = await benchA.call<{ contacts: number; interactions: number }>(
      'guildBenchMore',
      'seedSyncDevice',
      sizes.contacts,
    );

    step('   A turns sync on: first sync (upload)');
    const onA = await turnOnThroughSettings(a, peer.origin);
    const firstA = (await until(() => syncSettled(onA.page), 1_800_000, 'A’s first sync')) - onA.clickedAt;
    const stored = (await peer.allDocs(DB)).filter((d) => !String(d._id).startsWith('guild-'));
    const expected = seeded.contacts + seeded.interactions;
    if (stored.length < expected)
      throw new Error(`sync bench: ${stored.length} documents on the server, expected ${expected}`);
    step('   raw _bulk_docs upload of the same documents');
    const up = await rawUpload(benchA, peer.origin);

    step('   B joins: first sync (download)');
    const onB = await turnOnThroughSettings(b, peer.origin);
    const firstB = (await until(() => syncSettled(onB.page), 1_800_000, 'B’s first sync')) - onB.clickedAt;
    const onBCount = await benchB.page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('guild');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('contacts').objectStore('contacts').count();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
          };
        }),
    );
    if (onBCount !== seeded.contacts)
      throw new Error(`sync bench: B holds ${onBCount} contacts, expected ${seeded.contacts}`);
    step('   raw _changes download of the same documents');
    const down = await rawDownload(benchB, peer.origin);

    // A's next sync reads back the documents it sent (the feed does not say who wrote what).
    step('   A syncs again: its own documents read back');
    const againAt = Date.now();
    await onA.page.getByRole('button', { name: 'Sync now' }).click();
    const secondA =
      (await until(() => syncNote(onA.page, 'Synced.'), 1_800_000, 'A’s second sync')) - againAt;

    step(`   save on A → shown on B, ${sizes.samples} samples`);
    const name = 'Person 1';
    const contactA = await a.openDashboard();
    contactA.setDefaultTimeout(120_000);
    await contactA.goto(
      `chrome-extension://${a.extensionId}/options.html#/contacts/${await localIdOf(benchA, name)}`,
    );
    const contactB = await b.openDashboard();
    contactB.setDefaultTimeout(120_000);
    await contactB.goto(
      `chrome-extension://${b.extensionId}/options.html#/contacts/${await localIdOf(benchB, name)}`,
    );
    const totals: number[] = [];
    const sends: number[] = [];
    const receives: number[] = [];
    for (let i = 0; i < sizes.samples; i += 1) {
      const headline = `Latency sample ${i} ${Date.now()}`;
      const since = await lastSeq(peer);
      await contactA.getByLabel('Headline', { exact: true }).fill(headline);
      const t0 = Date.now();
      await contactA.getByRole('button', { name: 'Save changes' }).click();
      // A sends it by itself once the edit settles (3 s after the last edit).
      const onServer = await until(() => changedSince(peer, since), 120_000, 'A’s push');
      await onB.page.getByRole('button', { name: 'Sync now' }).click();
      await contactB.waitForFunction(
        (text) => document.querySelector('header.profile-head .headline')?.textContent === text,
        headline,
        { polling: 'raf', timeout: 120_000 },
      );
      const shown = Date.now();
      totals.push(shown - t0);
      sends.push(onServer - t0);
      receives.push(shown - onServer);
      await until(() => syncSettled(onA.page), 120_000, 'A settled');
    }

    step('   raw round trip: one document of the same size posted by A, read by B');
    const one = stored.find((d) => typeof d.data === 'string') ?? stored[0]!;
    const body: Record<string, unknown> = { ...one };
    delete body._rev;
    const raws: number[] = [];
    await fetch(`${peer.origin}/${DB}-trip`, { method: 'PUT' });
    for (let i = 0; i < sizes.samples; i += 1) {
      const doc = { ...body, _id: `trip${i}`.padEnd(String(one._id).length, 'x') };
      const t0 = Date.now();
      await benchA.page.evaluate(
        async ({ url, doc }) => {
          const response = await fetch(`${url}/_bulk_docs`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
            body: JSON.stringify({ docs: [doc] }),
          });
          if (!response.ok) throw new Error(`raw post: ${response.status}`);
          await response.json();
        },
        { url: `${peer.origin}/${DB}-trip`, doc },
      );
      await benchB.page.evaluate(
        async ({ url }) => {
          const response = await fetch(`${url}/_changes?since=0&include_docs=true`);
          await response.json();
        },
        { url: `${peer.origin}/${DB}-trip` },
      );
      raws.push(Date.now() - t0);
    }

    const docs = `${expected.toLocaleString('en-US')} documents`;
    return {
      title: '10. Sync (CouchDB, end-to-end encrypted)',
      method:
        `Two Guilds (two Chromium profiles) and \`pouchdb-server --in-memory\` on loopback (one machine: no network latency). Device A holds ${seeded.contacts.toLocaleString('en-US')} contacts with one interaction each; sync is turned on through Settings → Sync as in \`tests/e2e/sync.e2e.ts\`, and the first sync is timed from the click on “Turn sync on” to the Sync page showing “Changes waiting to be sent: 0.” and a last sync time (so it includes the passphrase check: PBKDF2, 600,000 iterations). Then device B, empty, joins the same way. ` +
        `Baseline, in the same run from the same browser (an extension page with the server's host permission): the documents A stored, posted again to a new database with \`_bulk_docs\` in batches of ${BATCH} (Guild's batch), and the whole database read through \`_changes?include_docs=true\` in pages of ${BATCH}. ` +
        `Save → shown: the headline edited and saved in A's contact page; A sends it by itself once the edit settles (3 s, so that a burst of edits is one sync); B's user then clicks “Sync now” (without it B receives it at its next alarm, every 15 minutes) and the time is taken when B's open contact page shows the new headline. Baseline: one document of the same size posted by A's page with \`_bulk_docs\` and read by B's page through \`_changes\`.`,
      rows: [
        {
          name: `first sync on A (upload), ${docs}`,
          n: 1,
          median: firstA / 1000,
          unit: 's',
          detail: `raw \`_bulk_docs\` of the same ${up.docs.toLocaleString('en-US')} documents (${mb(up.bytes)}) ${s(up.ms)} (${(firstA / up.ms).toFixed(1)}×)`,
        },
        {
          name: `next sync on A (“Sync now”, nothing new), ${docs}`,
          n: 1,
          median: secondA / 1000,
          unit: 's',
          detail:
            'the changes feed since the last sync holds the documents A sent itself: each is read and decrypted, recognised by its revision and not merged again',
        },
        {
          name: `first sync on B joining (download), ${docs}`,
          n: 1,
          median: firstB / 1000,
          unit: 's',
          detail: `raw \`_changes\` read of the same ${down.docs.toLocaleString('en-US')} documents (${mb(down.bytes)}) ${s(down.ms)} (${(firstB / down.ms).toFixed(1)}×)`,
        },
        row('save on A → shown on B (“Sync now” on B)', totals, 'ms', {
          detail: `A: save → on the server ${median(sends).toFixed(0)} ms (3 s settle included); B: “Sync now” → shown ${median(receives).toFixed(0)} ms; raw: one document posted and read back ${median(raws).toFixed(0)} ms (medians)`,
        }),
      ],
    };
  } finally {
    await a?.close();
    await b?.close();
    await peer.stop();
  }
}
