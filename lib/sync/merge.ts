import { MAX_LOST_EDITS, type Field, type LostEdit, type SyncDoc } from './doc';
import { maxHlc } from './hlc';
import { sameJson, stableJson } from './stable-json';

/** The fields this device edited since it last agreed with the server, each with the clock it had then ('' if none). */
export type LocalEdits = ReadonlyMap<string, string>;

function sameValue(a: Field, b: Field): boolean {
  return sameJson(a.v, b.v);
}

/**
 * Times derived from other records (the last interaction, the last edit):
 * the latest time wins whichever device wrote it last, so a contact's "last
 * interaction" never goes back because of the order two devices synced in.
 * Not conflicts either: never listed as lost edits.
 */
export const LATEST_TIME_FIELDS: ReadonlySet<string> = new Set([
  'lastInteractionAt',
  'lastCheckedAt',
  'updatedAt',
]);

function latestTime(a: Field, b: Field): boolean {
  const [x, y] = [typeof a.v === 'number' ? a.v : -1, typeof b.v === 'number' ? b.v : -1];
  return x !== y ? x > y : later(a, b);
}

/** Whether `a` beats `b`: the later clock; an exact tie (never made by two devices) goes to the larger value. */
function later(a: Field, b: Field): boolean {
  if (a.t !== b.t) return a.t > b.t;
  return stableJson(a.v ?? null) >= stableJson(b.v ?? null);
}

function lostKey(edit: LostEdit): string {
  return `${edit.t}\n${edit.field}`;
}

/** Union of two lists of lost edits, latest first, cut to the limit (the same on every device). */
function unionLost(a: readonly LostEdit[], b: readonly LostEdit[]): LostEdit[] {
  const byKey = new Map<string, LostEdit>();
  for (const edit of [...a, ...b]) byKey.set(lostKey(edit), edit);
  return [...byKey.values()].sort((x, y) => (lostKey(x) < lostKey(y) ? 1 : -1)).slice(0, MAX_LOST_EDITS);
}

/**
 * Merge this device's version of a record with another device's, field by
 * field: each field keeps the value with the later clock. When both devices
 * changed the same field since they last agreed (`localEdits`), the losing value is kept in `lost` so the user can
 * still see it. Deletes merge as the later tombstone (see `isDeleted`).
 *
 * The result does not depend on the order of the arguments' fields, and
 * merging a document with itself changes nothing.
 */
export function mergeDocs(local: SyncDoc, remote: SyncDoc, localEdits: LocalEdits = new Map()): SyncDoc {
  const fields: SyncDoc['fields'] = {};
  const lost: LostEdit[] = [];
  for (const name of new Set([...Object.keys(local.fields), ...Object.keys(remote.fields)])) {
    const mine = local.fields[name];
    const theirs = remote.fields[name];
    if (!mine || !theirs) {
      fields[name] = (mine ?? theirs)!;
      continue;
    }
    const byTime = LATEST_TIME_FIELDS.has(name);
    const [winner, loser] = (byTime ? latestTime(mine, theirs) : later(mine, theirs))
      ? [mine, theirs]
      : [theirs, mine];
    fields[name] = winner;
    if (byTime) continue;
    // Concurrent: edited here, and changed there too since the value both last agreed on.
    const base = localEdits.get(name);
    if (base !== undefined && theirs.t !== base && mine.t !== theirs.t && !sameValue(mine, theirs)) {
      lost.push({ field: name, t: loser.t, ...(loser.v !== undefined && { v: loser.v }) });
    }
  }
  const merged: SyncDoc = {
    schema: Math.max(local.schema, remote.schema),
    table: local.table,
    id: local.id,
    fields,
  };
  const deleted = maxHlc(local.deleted, remote.deleted);
  if (deleted !== undefined) merged.deleted = deleted;
  const allLost = unionLost(unionLost(local.lost ?? [], remote.lost ?? []), lost);
  if (allLost.length > 0) merged.lost = allLost;
  return merged;
}

/** Whether two documents say the same thing (same fields, clocks, tombstone and lost edits). */
export function sameDoc(a: SyncDoc, b: SyncDoc): boolean {
  return stableJson(canonical(a)) === stableJson(canonical(b));
}

function canonical(doc: SyncDoc): unknown {
  const fields = Object.keys(doc.fields)
    .sort()
    .map((k) => [k, doc.fields[k]!.t, doc.fields[k]!.v]);
  return [doc.schema, doc.table, doc.id, fields, doc.deleted ?? null, doc.lost ?? []];
}
