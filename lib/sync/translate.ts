import { sameJson } from './stable-json';
import { KEY_FIELD, TABLE_SPECS, type Reference, type SyncedTable } from './tables';

type LocalId = number | string;
type Values = Record<string, unknown>;

/** Look-ups between this device's ids and sync ids (undefined: not known here). */
export interface IdMap {
  syncIdOf(table: SyncedTable, localId: LocalId): string | undefined;
  localIdOf(table: SyncedTable, syncId: string): LocalId | undefined;
}

/** Every id a record refers to, with its table (local ids in a record, sync ids in a document's values). */
export function referencedIds(table: SyncedTable, record: Values): { table: SyncedTable; id: unknown }[] {
  const out: { table: SyncedTable; id: unknown }[] = [];
  for (const ref of TABLE_SPECS[table].references) {
    for (const id of idsAt(record, ref)) out.push({ table: ref.table, id });
  }
  return out;
}

function idsAt(record: Values, ref: Reference): unknown[] {
  const holder = ref.key === undefined ? record : (record[ref.field] as Values | undefined);
  const value = holder?.[ref.key ?? ref.field];
  if (value === undefined || value === null) return [];
  return ref.many ? (value as unknown[]) : [value];
}

/** A copy of a field's value with its references mapped through `map` (a miss drops the reference). */
function mapField(
  value: unknown,
  refs: readonly Reference[],
  map: (table: SyncedTable, id: unknown) => unknown,
) {
  let out = value;
  let missing = false;
  for (const ref of refs) {
    if (ref.key !== undefined) {
      if (out === null || typeof out !== 'object') continue;
      const inner = (out as Values)[ref.key];
      if (inner === undefined) continue;
      const mapped = map(ref.table, inner);
      if (mapped === undefined) missing = true;
      const rest: Values = { ...(out as Values) };
      delete rest[ref.key];
      out = mapped === undefined ? rest : { ...rest, [ref.key]: mapped };
    } else if (ref.many) {
      if (!Array.isArray(out)) continue;
      const mapped = out.map((id) => map(ref.table, id));
      if (mapped.includes(undefined)) missing = true;
      out = mapped.filter((id) => id !== undefined);
    } else {
      const mapped = map(ref.table, out);
      if (mapped === undefined) missing = true;
      out = mapped;
    }
  }
  return { value: out, missing };
}

function refsByField(table: SyncedTable): Map<string, Reference[]> {
  const byField = new Map<string, Reference[]>();
  for (const ref of TABLE_SPECS[table].references)
    byField.set(ref.field, [...(byField.get(ref.field) ?? []), ref]);
  return byField;
}

/** The fields of a local record that sync, in sync space (no local id, no device-only field). */
export function toSyncValues(table: SyncedTable, record: Values, ids: IdMap): Values {
  const deviceOnly = new Set(TABLE_SPECS[table].deviceOnly ?? []);
  const refs = refsByField(table);
  const out: Values = {};
  for (const [field, value] of Object.entries(record)) {
    if (field === KEY_FIELD || deviceOnly.has(field) || value === undefined) continue;
    const fieldRefs = refs.get(field);
    out[field] = fieldRefs
      ? mapField(value, fieldRefs, (t, id) => ids.syncIdOf(t, id as LocalId)).value
      : value;
    if (out[field] === undefined) delete out[field];
  }
  return out;
}

/**
 * A document's field values in this device's space. References to records
 * this device does not have (yet) are dropped and their fields listed in
 * `missing`, so the engine can fill them in once those records arrive.
 */
export function toLocalValues(
  table: SyncedTable,
  values: Values,
  ids: IdMap,
): { values: Values; missing: string[] } {
  const refs = refsByField(table);
  const out: Values = {};
  const missing: string[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const fieldRefs = refs.get(field);
    if (!fieldRefs) {
      out[field] = value;
      continue;
    }
    const mapped = mapField(value, fieldRefs, (t, id) =>
      typeof id === 'string' ? ids.localIdOf(t, id) : undefined,
    );
    if (mapped.missing) missing.push(field);
    if (mapped.value !== undefined) out[field] = mapped.value;
  }
  return { values: out, missing };
}

/** The synced fields on which two local-space versions of a record differ. */
export function changedFields(table: SyncedTable, before: Values, after: Values): string[] {
  const deviceOnly = new Set(TABLE_SPECS[table].deviceOnly ?? []);
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter(
    (name) => name !== KEY_FIELD && !deviceOnly.has(name) && !sameJson(before[name], after[name]),
  );
}
