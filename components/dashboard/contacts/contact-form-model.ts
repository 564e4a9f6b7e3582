import { normalizeContact } from '@/lib/db';
import { splitLabels, withoutUndefined } from '@/lib/schemas/common';
import { READ_FIELDS, type Circle, type Contact } from '@/lib/schemas/contact';

/** The contact form's fields as the inputs hold them (text; lists comma-separated). */
export interface ContactFormValues {
  name: string;
  headline: string;
  company: string;
  position: string;
  location: string;
  email: string;
  circle: Circle;
  tags: string;
  interests: string;
  projects: string;
  needs: string;
  offers: string;
  metEventId: string;
  metDate: string;
  metContext: string;
  notes: string;
  communityIds: number[];
  cadenceDays: string;
}

export type ContactField = keyof ContactFormValues;
/** Which field is wrong, and how (a message key's meaning: required, a number, too long). */
export type FieldProblem = 'required' | 'cadence' | 'labels' | 'invalid';

const LISTS = ['tags', 'interests', 'projects', 'needs', 'offers'] as const;
const OWNED = ['headline', 'company', 'position', 'location', 'email', 'howWeMet', 'cadenceDays'] as const;
const day = (time?: number) => (time === undefined ? '' : new Date(time).toISOString().slice(0, 10));

/** The form's starting values for a stored contact. */
export function formFromContact(c: Contact): ContactFormValues {
  return {
    name: c.name,
    headline: c.headline ?? '',
    company: c.company ?? '',
    position: c.position ?? '',
    location: c.location ?? '',
    email: c.email ?? '',
    circle: c.circle,
    ...(Object.fromEntries(LISTS.map((k) => [k, c[k].join(', ')])) as Record<(typeof LISTS)[number], string>),
    metEventId: c.howWeMet?.eventId?.toString() ?? '',
    metDate: day(c.howWeMet?.date),
    metContext: c.howWeMet?.context ?? '',
    notes: c.notes,
    communityIds: c.communityIds,
    cadenceDays: c.cadenceDays?.toString() ?? '',
  };
}

const optional = (text: string) => text.trim() || undefined;

function fieldOf(path: readonly PropertyKey[]): { field: ContactField; problem: FieldProblem } {
  const [first, second] = path;
  if (first === 'name') return { field: 'name', problem: 'required' };
  if (first === 'cadenceDays') return { field: 'cadenceDays', problem: 'cadence' };
  if ((LISTS as readonly PropertyKey[]).includes(first!))
    return { field: first as ContactField, problem: 'labels' };
  if (first === 'howWeMet') {
    const field = second === 'date' ? 'metDate' : second === 'eventId' ? 'metEventId' : 'metContext';
    return { field, problem: 'invalid' };
  }
  return { field: (first as ContactField) ?? 'name', problem: 'invalid' };
}

/**
 * The edited contact, validated by the contact schema, or each wrong field
 * with its problem. Pure: the caller stores the result.
 */
export function contactFromForm(
  original: Contact,
  v: ContactFormValues,
  now: number,
): { ok: true; contact: Contact } | { ok: false; errors: Partial<Record<ContactField, FieldProblem>> } {
  const cadence = v.cadenceDays.trim() === '' ? undefined : Number(v.cadenceDays);
  const metDate = v.metDate ? Date.parse(`${v.metDate}T12:00:00Z`) : undefined;
  const howWeMet = withoutUndefined({
    eventId: v.metEventId ? Number(v.metEventId) : undefined,
    date: Number.isNaN(metDate) ? -1 : metDate,
    context: optional(v.metContext),
  });
  // Optional fields the form owns are rebuilt from the inputs; an emptied one must disappear.
  const rest: Partial<Contact> = { ...original };
  for (const key of OWNED) delete rest[key];
  const draft = withoutUndefined({
    ...rest,
    name: v.name.trim(),
    headline: optional(v.headline),
    company: optional(v.company),
    position: optional(v.position),
    location: optional(v.location),
    email: optional(v.email),
    circle: v.circle,
    ...Object.fromEntries(LISTS.map((k) => [k, splitLabels(v[k])])),
    howWeMet: Object.keys(howWeMet).length ? howWeMet : undefined,
    notes: v.notes,
    communityIds: v.communityIds,
    cadenceDays: cadence,
    updatedAt: now,
  }) as Contact;
  // A read field the user changed here is theirs: a later visit of the profile keeps it.
  const changed = READ_FIELDS.filter((f) => draft[f] !== original[f]);
  if (changed.length)
    draft.corrected = READ_FIELDS.filter((f) => changed.includes(f) || original.corrected?.includes(f));
  try {
    return { ok: true, contact: normalizeContact(draft) };
  } catch (error) {
    const issues = (error as { issues?: { path: PropertyKey[] }[] }).issues ?? [{ path: [] }];
    const errors: Partial<Record<ContactField, FieldProblem>> = {};
    for (const issue of issues) {
      const { field, problem } = fieldOf(issue.path);
      errors[field] ??= problem;
    }
    return { ok: false, errors };
  }
}
