import type { GuildDatabase } from '../../db/database';
import type { Contact } from '../../schemas/contact';
import { withoutUndefined } from '../../schemas/common';
import { InteractionSchema, type Interaction } from '../../schemas/interaction';
import type { Task } from '../../schemas/task';
import { PendingInvitationSchema, type PendingInvitation } from '../../schemas/invitation';
import { importConnections, type ImportReport } from '../linkedin-import';
import { chunks, type OnProgress } from '../progress';
import { deriveEntries, type DerivedEntry } from './derive';
import { matchPeople } from './match';
import type { PersonRef } from './people';
import type { ArchiveContent } from './read';
import type { ArchiveSummary, EntryCounts } from './summary';

/** What importing an archive did: the summary the dashboard shows, with Connections.csv row by row. */
export type ArchiveReport = Omit<ArchiveSummary, 'connections'> & { connections?: ImportReport };

/** The report as the dashboard shows it (Connections.csv by counts): what crosses from the worker to the page. */
export function summarize(report: ArchiveReport): ArchiveSummary {
  const c = report.connections;
  return withoutUndefined({
    ...report,
    connections: c
      ? withoutUndefined({
          encoding: c.encoding,
          bom: c.bom,
          added: c.added.length,
          updated: c.updated.length,
          unchanged: c.unchanged.length,
          skipped: c.skipped.length,
        })
      : undefined,
  });
}

/** Entries written at a time. */
const WRITE_CHUNK = 200;

const counts = (): EntryCounts => ({ added: 0, updated: 0, unchanged: 0 });

/** A record as text with its keys sorted and without its id: equal texts, equal facts. */
const canonical = (value: object): string =>
  JSON.stringify(value, (key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : key === 'id'
        ? undefined
        : v,
  );

const sameEntry = (stored: Interaction, next: DerivedEntry) => canonical(stored) === canonical(next);

function refsOf(content: ArchiveContent): PersonRef[] {
  return [
    ...(content.messages?.people.map((p) => p.person) ?? []),
    ...content.invitations.map((i) => i.person),
    ...content.recommendations.map((r) => r.person),
    ...content.endorsements.map((e) => e.person),
  ];
}

/**
 * Write what an archive says, all or nothing, in one transaction:
 * Connections.csv through the connections import, then the timeline entries
 * (compared by import key: the same archive imported again changes
 * nothing), the contacts' last interactions (only ever moved forward) and
 * the open invitations (one a later import finds accepted is removed; one
 * the user dealt with stays dealt with).
 */
export async function importArchive(
  db: GuildDatabase,
  content: ArchiveContent,
  onProgress?: OnProgress,
  now = Date.now(),
): Promise<ArchiveReport> {
  const report: ArchiveReport = {
    files: content.files,
    entries: { messages: counts(), invitation: counts(), recommendation: counts(), endorsement: counts() },
    messages: { counted: 0, people: 0, unattributed: content.messages?.unattributed ?? 0 },
    unmatched: {
      messages: { notAContact: 0, ambiguous: 0 },
      invitations: { notAContact: 0, ambiguous: 0 },
      recommendations: { notAContact: 0, ambiguous: 0 },
      endorsements: { notAContact: 0, ambiguous: 0 },
    },
    pending: { sent: 0, received: 0 },
    lastInteractionsMoved: 0,
    keepInTouchDone: 0,
  };
  await db.transaction('rw', [db.contacts, db.interactions, db.invitations, db.tasks], async () => {
    if (content.connections)
      report.connections = await importConnections(db, content.connections, onProgress, now);
    const connected = new Set(
      [
        ...(report.connections?.added ?? []),
        ...(report.connections?.updated ?? []),
        ...(report.connections?.unchanged ?? []),
      ].map((r) => r.contactId),
    );
    const match = await matchPeople(db, refsOf(content));
    const contactsById = new Map<number, Contact & { id: number }>();
    const steps = deriveEntries(
      content,
      (ref) => {
        const m = match(ref);
        if ('contact' in m) contactsById.set(m.contact.id, m.contact);
        return m;
      },
      (id) => connected.has(id) || contactsById.get(id)?.connectedOn !== undefined,
    );
    let step = steps.next();
    while (!step.done) {
      // A cheap request between slices: the page breathes while the transaction stays open.
      await db.invitations.get(0);
      step = steps.next();
    }
    const derived = step.value;
    report.unmatched = derived.unmatched;
    report.messages.counted = derived.messagesCounted;

    const all = [...derived.entries.values()];
    const latest = new Map<number, number>();
    const messagePeople = new Set<number>();
    let done = 0;
    for (const part of chunks(all, WRITE_CHUNK)) {
      onProgress?.({ phase: 'writing', done, total: all.length });
      const stored = await db.interactions
        .where('importKey')
        .anyOf(part.map((e) => e.importKey))
        .toArray();
      const byKey = new Map(stored.map((i) => [i.importKey!, i]));
      const writes: Interaction[] = [];
      for (const entry of part) {
        const tally = report.entries[entry.archive.what];
        const existing = byKey.get(entry.importKey);
        latest.set(entry.contactId, Math.max(latest.get(entry.contactId) ?? 0, entry.date));
        if (entry.archive.what === 'messages') messagePeople.add(entry.contactId);
        if (existing && sameEntry(existing, entry)) {
          tally.unchanged += 1;
          continue;
        }
        writes.push(InteractionSchema.parse(existing ? { ...entry, id: existing.id } : entry));
        tally[existing ? 'updated' : 'added'] += 1;
      }
      await db.interactions.bulkPut(writes);
      done += part.length;
    }
    report.messages.people = messagePeople.size;
    onProgress?.({ phase: 'writing', done, total: all.length });

    // Last interactions only move forward (a later entry typed by the user stays the latest).
    const moved: Contact[] = [];
    // The contacts as matched: read after the connections import, and nothing since has changed them.
    for (const [id, at] of latest) {
      const contact = contactsById.get(id);
      if (!contact || (contact.lastInteractionAt ?? -1) >= at) continue;
      moved.push({ ...contact, lastInteractionAt: at, updatedAt: now });
    }
    for (const part of chunks(moved, WRITE_CHUNK)) await db.contacts.bulkPut(part);
    report.lastInteractionsMoved = moved.length;

    // As when the user logs an interaction (lib/db/interactions.ts): talking to someone is what a
    // keep-in-touch task asks, so one the archive shows was done since the task was set is done,
    // on the day it happened. An older exchange satisfies nothing.
    const open = await db.tasks
      .where('[status+due]')
      .between(['open', -Infinity], ['open', Infinity])
      .filter((task) => task.kind === 'keep-in-touch' && task.contactId !== undefined)
      .toArray();
    const satisfied: Task[] = [];
    for (const task of open) {
      const at = latest.get(task.contactId!);
      if (at === undefined || at < task.createdAt) continue;
      satisfied.push({ ...task, status: 'done', doneAt: Math.max(task.createdAt, Math.min(at, now)) });
    }
    await db.tasks.bulkPut(satisfied);
    report.keepInTouchDone = satisfied.length;

    const keys = [...derived.pending.keys(), ...derived.accepted];
    const storedInvitations = keys.length ? await db.invitations.where('key').anyOf(keys).toArray() : [];
    const storedByKey = new Map(storedInvitations.map((i) => [i.key, i]));
    const closed = [...derived.accepted].flatMap((k) =>
      storedByKey.get(k)?.id ? [storedByKey.get(k)!.id!] : [],
    );
    await db.invitations.bulkDelete(closed);
    const invitationWrites: PendingInvitation[] = [];
    for (const [key, next] of derived.pending) {
      if (derived.accepted.has(key)) continue;
      const existing = storedByKey.get(key);
      if (existing && existing.sentAt >= next.sentAt) continue;
      invitationWrites.push(
        // A newer invitation to the same person reopens a dealt-with one.
        PendingInvitationSchema.parse(withoutUndefined({ ...existing, ...next, doneAt: undefined })),
      );
    }
    await db.invitations.bulkPut(invitationWrites);
    report.pending.sent = await db.invitations
      .where('direction')
      .equals('sent')
      .filter((i) => !i.doneAt)
      .count();
    report.pending.received = await db.invitations
      .where('direction')
      .equals('received')
      .filter((i) => !i.doneAt)
      .count();
  });
  return report;
}
