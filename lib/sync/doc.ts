import * as z from 'zod/mini';
import { isHlc } from './hlc';

/**
 * The version of the record format this copy of Guild reads and writes. It
 * follows the database's schema: a record written by a newer Guild may hold
 * fields or values this copy does not know, so it is left untouched (see
 * `readable`). Bump it together with a database version that changes records.
 */
export const RECORD_SCHEMA_VERSION = 7;

const hlc = z.string().check(z.refine(isHlc, 'not a clock timestamp'));

/** One field's value and the clock of the edit that set it (no `v`: the field was cleared). */
export const FieldSchema = z.object({ t: hlc, v: z.optional(z.unknown()) });
export type Field = z.infer<typeof FieldSchema>;

/** A value that lost to a concurrent edit of the same field on another device. */
export const LostEditSchema = z.object({ field: z.string(), t: hlc, v: z.optional(z.unknown()) });
export type LostEdit = z.infer<typeof LostEditSchema>;

/** Most lost edits kept per record (the latest). */
export const MAX_LOST_EDITS = 20;

/**
 * What is encrypted into one server document: a record's fields, each with
 * its clock, in sync space (references to other records are sync ids, not
 * this device's numeric ids). `deleted` is a tombstone's clock.
 */
export const SyncDocSchema = z.object({
  schema: z.number().check(z.int(), z.positive()),
  table: z.string(),
  id: z.string().check(z.minLength(1), z.maxLength(300)),
  fields: z.record(z.string(), FieldSchema),
  deleted: z.optional(hlc),
  lost: z.optional(z.array(LostEditSchema).check(z.maxLength(MAX_LOST_EDITS))),
});
export type SyncDoc = z.infer<typeof SyncDocSchema>;

/** Only the version, read before anything else (a newer format may differ in everything else). */
const VersionProbe = z.object({ schema: z.number() });

export type ReadResult =
  | { ok: true; doc: SyncDoc }
  | { ok: false; reason: 'newer'; schema: number }
  | { ok: false; reason: 'invalid' };

/**
 * Parse a decrypted document. One written by a newer Guild is not parsed at
 * all: an older device leaves it as it is and asks the user to update.
 */
export function readDoc(value: unknown): ReadResult {
  const probe = VersionProbe.safeParse(value);
  if (!probe.success) return { ok: false, reason: 'invalid' };
  if (probe.data.schema > RECORD_SCHEMA_VERSION)
    return { ok: false, reason: 'newer', schema: probe.data.schema };
  const parsed = SyncDocSchema.safeParse(value);
  return parsed.success ? { ok: true, doc: parsed.data } : { ok: false, reason: 'invalid' };
}

/** The latest clock among a document's fields. */
export function lastEdit(doc: Pick<SyncDoc, 'fields'>): string | undefined {
  let latest: string | undefined;
  for (const field of Object.values(doc.fields))
    if (latest === undefined || field.t > latest) latest = field.t;
  return latest;
}

/**
 * A tombstone removes the record unless a field was edited after the delete
 * (an edit on another device that had not seen it yet brings the record back).
 */
export function isDeleted(doc: Pick<SyncDoc, 'fields' | 'deleted'>): boolean {
  if (doc.deleted === undefined) return false;
  const latest = lastEdit(doc);
  return latest === undefined || latest < doc.deleted;
}
