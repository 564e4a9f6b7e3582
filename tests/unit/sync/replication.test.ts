// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  deleteContact,
  editContact,
  GuildDatabase,
  logInteraction,
  saveFromSnapshot,
  createTask,
  updateSettings,
  events,
} from '@/lib/db';
import { createTransport, getSyncState, runSync, turnOn, unlock, type ServerConfig } from '@/lib/sync';
import { seal, serverId } from '@/lib/sync/crypto';
import { RECORD_SCHEMA_VERSION } from '@/lib/sync/doc';
import { freshDbName, snapshotOf } from '../helpers';
import { startCouchPeer, type CouchPeer } from '../../harness/pouchdb-server';
import { startOutageProxy, type OutageProxy } from '../../harness/outage-proxy';

/**
 * Replication between two devices (two databases) through a real CouchDB
 * protocol peer: pouchdb-server in memory on loopback, reached through a
 * relay the test can cut to play a server outage.
 */

const FAST_KDF = 1_000;
let peer: CouchPeer;
let proxy: OutageProxy;
let dbIndex = 0;
const opened: GuildDatabase[] = [];

beforeAll(async () => {
  peer = await startCouchPeer();
  proxy = await startOutageProxy(peer.port);
}, 60_000);
afterAll(async () => {
  await proxy?.close();
  await peer?.stop();
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function configFor(dbName: string): ServerConfig {
  return { url: `${proxy.origin}/${dbName}`, user: '', password: '' };
}

async function device(config: ServerConfig, passphrase = 'correct horse'): Promise<GuildDatabase> {
  const db = new GuildDatabase(freshDbName());
  opened.push(db);
  await db.open();
  const unlocked = await unlock(createTransport(config), passphrase, FAST_KDF);
  if (!unlocked.ok) throw new Error(unlocked.reason);
  await turnOn(db, config, unlocked.keys);
  return db;
}

async function sync(db: GuildDatabase) {
  const outcome = await runSync(db, { force: true });
  if (!outcome.ran || !outcome.ok) throw new Error(`sync failed: ${JSON.stringify(outcome)}`);
  return outcome.result;
}

const byName = async (db: GuildDatabase, name: string) => db.contacts.where('name').equals(name).first();

function newDatabaseName() {
  dbIndex += 1;
  return `guild-${dbIndex}`;
}

describe('sync through a CouchDB peer', { timeout: 60_000 }, () => {
  test('a contact saved on A, with its interaction and task, shows on B with its links', async () => {
    const config = configFor(newDatabaseName());
    const a = await device(config);
    const b = await device(config);
    const ada = await saveFromSnapshot(
      a,
      snapshotOf('https://www.linkedin.com/in/ada-lovelace/', { name: 'Ada Lovelace' }),
      1000,
    );
    await logInteraction(a, {
      contactId: ada.id!,
      kind: 'conversation',
      date: 2000,
      topic: 'Analytical engines',
    });
    await createTask(a, {
      kind: 'follow-up',
      contactId: ada.id!,
      due: 3000,
      origin: 'manual',
      title: 'Send the paper',
    });
    await sync(a);
    await sync(b);
    const onB = await byName(b, 'Ada Lovelace');
    expect(onB?.profileKeys).toEqual(['linkedin:ada-lovelace']);
    const interactions = await b.interactions.where('contactId').equals(onB!.id!).toArray();
    expect(interactions.map((i) => i.topic)).toEqual(['Analytical engines']);
    const tasks = await b.tasks.where('contactId').equals(onB!.id!).toArray();
    expect(tasks.map((t) => t.title)).toEqual(['Send the paper']);
    // Nothing left to send on either side.
    expect(await a.syncRecords.where('pending').equals(1).count()).toBe(0);
    expect(await b.syncRecords.where('pending').equals(1).count()).toBe(0);
  });

  test('offline edits on both devices merge per field; the same field keeps the later edit and the other as a lost edit', async () => {
    const config = configFor(newDatabaseName());
    const a = await device(config);
    const b = await device(config);
    const saved = await saveFromSnapshot(
      a,
      snapshotOf('https://www.linkedin.com/in/grace-hopper/', { name: 'Grace Hopper' }),
      1000,
    );
    await sync(a);
    await sync(b);
    const onB = (await byName(b, 'Grace Hopper'))!;
    // Both offline: A edits the company, B the notes; both edit the headline, B later.
    await editContact(a, saved.id!, (c) => ({ ...c, company: 'US Navy', headline: 'Admiral' }));
    await new Promise((r) => setTimeout(r, 5));
    await editContact(b, onB.id!, (c) => ({ ...c, notes: 'Talked about COBOL', headline: 'Rear Admiral' }));
    await sync(a);
    await sync(b);
    await sync(a);
    for (const db of [a, b]) {
      const grace = (await byName(db, 'Grace Hopper'))!;
      expect(grace.company).toBe('US Navy');
      expect(grace.notes).toBe('Talked about COBOL');
      expect(grace.headline).toBe('Rear Admiral');
    }
    const recOnA = await a.syncRecords.where('[table+localId]').equals(['contacts', saved.id!]).first();
    expect(recOnA?.doc.lost?.map((l) => [l.field, l.v])).toEqual([['headline', 'Admiral']]);
  });

  test('a delete on A removes the contact on B; an edit on B made after the delete brings it back everywhere', async () => {
    const config = configFor(newDatabaseName());
    const a = await device(config);
    const b = await device(config);
    const one = await saveFromSnapshot(
      a,
      snapshotOf('https://x.com/alan_turing', { name: 'Alan Turing' }),
      1000,
    );
    const two = await saveFromSnapshot(a, snapshotOf('https://x.com/kgodel', { name: 'Kurt Godel' }), 1000);
    await logInteraction(a, { contactId: one.id!, kind: 'call', date: 2000 });
    await sync(a);
    await sync(b);
    expect(await b.interactions.count()).toBe(1);
    await deleteContact(a, one.id!);
    await deleteContact(a, two.id!);
    await new Promise((r) => setTimeout(r, 5));
    const godelOnB = (await byName(b, 'Kurt Godel'))!;
    await editContact(b, godelOnB.id!, (c) => ({ ...c, notes: 'Incompleteness' }));
    await sync(a);
    await sync(b);
    await sync(a);
    expect(await byName(b, 'Alan Turing')).toBeUndefined();
    expect(await b.interactions.count()).toBe(0);
    expect(await byName(a, 'Alan Turing')).toBeUndefined();
    expect((await byName(a, 'Kurt Godel'))?.notes).toBe('Incompleteness');
    expect((await byName(b, 'Kurt Godel'))?.notes).toBe('Incompleteness');
  });

  test('a wrong passphrase on a second device is refused and nothing is written', async () => {
    const config = configFor(newDatabaseName());
    const a = await device(config, 'the right one');
    await saveFromSnapshot(
      a,
      snapshotOf('https://www.linkedin.com/in/ada-lovelace/', { name: 'Ada Lovelace' }),
      1000,
    );
    await sync(a);
    const before = await peer.allDocs(config.url.split('/').pop()!);
    const b = new GuildDatabase(freshDbName());
    opened.push(b);
    await b.open();
    expect(await unlock(createTransport(config), 'a wrong one', FAST_KDF)).toEqual({
      ok: false,
      reason: 'wrong-passphrase',
    });
    expect(await getSyncState(b)).toBeUndefined();
    expect(await b.contacts.count()).toBe(0);
    expect(await peer.allDocs(config.url.split('/').pop()!)).toEqual(before);
  });

  test('the server stopped mid-sync: the device says so, loses nothing, and catches up when it is back', async () => {
    const config = configFor(newDatabaseName());
    const a = await device(config);
    const b = await device(config);
    for (let i = 0; i < 30; i += 1) {
      await saveFromSnapshot(
        a,
        snapshotOf(`https://www.linkedin.com/in/person-${i}/`, { name: `Person ${i}` }),
        1000,
      );
    }
    await proxy.cut();
    const failed = await runSync(a, { force: true });
    expect(failed.ran && !failed.ok && failed.state.error).toBe('unreachable');
    expect(failed.ran && !failed.ok && failed.state.retryAt).toBeGreaterThan(Date.now());
    await proxy.restore();
    // Not before the retry time, unless asked ("Sync now").
    expect(await runSync(a)).toEqual({ ran: false, reason: 'waiting' });
    await sync(a);
    await sync(b);
    expect(await b.contacts.count()).toBe(30);
    expect((await getSyncState(a))?.error).toBeUndefined();
  });

  test("the server's documents hold no name, note, profile key or record id", async () => {
    const name = newDatabaseName();
    const config = configFor(name);
    const a = await device(config);
    const ada = await saveFromSnapshot(
      a,
      snapshotOf('https://www.linkedin.com/in/ada-lovelace/', { name: 'Ada Lovelace' }),
      1000,
    );
    await editContact(a, ada.id!, (c) => ({
      ...c,
      notes: 'Secret plan for the engine',
      company: 'Babbage & Co',
    }));
    await updateSettings(a, { routineTime: '07:45' });
    await events.add(a, { name: 'RustConf Lyon', date: 5000, format: 'in-person', contactIds: [ada.id!] });
    await sync(a);
    const stored = JSON.stringify(await peer.allDocs(name));
    for (const secret of [
      'Ada',
      'Lovelace',
      'ada-lovelace',
      'linkedin',
      'Secret plan',
      'Babbage',
      'RustConf',
      '07:45',
      'contacts',
      'profile:',
    ]) {
      expect(stored).not.toContain(secret);
    }
  });

  test('a record written by a newer Guild is left untouched and counted, and local edits to it are held back', async () => {
    const name = newDatabaseName();
    const config = configFor(name);
    const a = await device(config);
    const saved = await saveFromSnapshot(
      a,
      snapshotOf('https://www.linkedin.com/in/ada-lovelace/', { name: 'Ada Lovelace' }),
      1000,
    );
    await sync(a);
    // A newer Guild rewrites the record in a format this one does not know.
    const unlocked = await unlock(createTransport(config), 'correct horse', FAST_KDF);
    if (!unlocked.ok) throw new Error('unlock');
    const id = await serverId(unlocked.keys, 'contacts', 'profile:linkedin:ada-lovelace');
    const current = (await peer.allDocs(name)).find((d) => d._id === id)!;
    const future = {
      schema: RECORD_SCHEMA_VERSION + 1,
      table: 'contacts',
      id: 'profile:linkedin:ada-lovelace',
      shape: 'new',
    };
    const newerDoc = { _id: id, _rev: current._rev, c: await seal(unlocked.keys, id, future) };
    await fetch(`${peer.origin}/${name}/${id}`, {
      method: 'PUT',
      body: JSON.stringify(newerDoc),
      headers: { 'Content-Type': 'application/json' },
    });
    await editContact(a, saved.id!, (c) => ({ ...c, notes: 'edited on the old device' }));
    const result = await sync(a);
    expect(result.newer).toBe(1);
    expect((await getSyncState(a))?.newer).toBe(1);
    const after = (await peer.allDocs(name)).find((d) => d._id === id)!;
    expect(after.c).toBe(newerDoc.c);
    expect((await a.contacts.get(saved.id!))?.notes).toBe('edited on the old device');
  });
  test('the next sync reads back what this device sent without merging it again; other devices’ changes still apply', async () => {
    const config = configFor(newDatabaseName());
    const a = await device(config);
    const b = await device(config);
    const saved = await saveFromSnapshot(
      a,
      snapshotOf('https://www.linkedin.com/in/ada-lovelace/', { name: 'Ada Lovelace' }),
      1000,
    );
    expect((await sync(a)).pushed).toBeGreaterThan(0);
    // The feed since A's last pull holds only A's own documents, at the revisions A holds.
    expect((await sync(a)).applied).toBe(0);
    await sync(b);
    const onB = (await byName(b, 'Ada Lovelace'))!;
    await editContact(b, onB.id!, (c) => ({ ...c, company: 'Analytical Engines Ltd' }));
    await sync(b);
    expect((await sync(a)).applied).toBe(1);
    expect((await a.contacts.get(saved.id!))?.company).toBe('Analytical Engines Ltd');
  });
});
