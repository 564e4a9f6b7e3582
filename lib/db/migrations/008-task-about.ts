import type { Transaction } from 'dexie';
import { TaskAboutSchema, type TaskAbout } from '../../schemas/task';
import type { MigrationProgress } from './migration-error';

/**
 * The sentences quick-save stored as task titles before version 8, by task
 * kind, in every wording it used (English; French before and after the
 * typography and "relance" review of 2026-12-07): `{n}` is the person's
 * name, `{x}` what the user typed. Frozen here: lib/quick-save/texts.ts may
 * change its wording, these never do.
 */
const SENTENCES: readonly [kind: string, what: TaskAbout['what'], sentence: string][] = [
  ['connect', 'connect', 'Connect with {n} on LinkedIn'],
  ['connect', 'connect', 'Se connecter avec {n} sur LinkedIn'],
  ['send-promised', 'send-promised', 'Send {n} what you promised: {x}'],
  ['send-promised', 'send-promised', 'Envoyer à {n} ce que vous avez promis : {x}'],
  ['send-promised', 'send-promised', 'Envoyer à {n} ce que vous avez promis\u00a0: {x}'],
  ['follow-up', 'follow-up', 'Send {n} your follow-up message'],
  ['follow-up', 'follow-up', 'Envoyer votre message de suivi à {n}'],
  ['follow-up', 'follow-up', 'Envoyer votre message de relance à {n}'],
  ['follow-up', 'next-step', '{n}: {x}'],
  ['follow-up', 'next-step', '{n} : {x}'],
  ['follow-up', 'next-step', '{n}\u00a0: {x}'],
];

/** The meaning of `title` if it is `sentence` written for `name` (the typed part, when there is one, not blank). */
function read(what: TaskAbout['what'], sentence: string, title: string, name: string): TaskAbout | undefined {
  const [head = '', tail = ''] = sentence.replace('{n}', name).split('{x}');
  if (!sentence.includes('{x}')) return title === head ? ({ what, name } as TaskAbout) : undefined;
  const typed = title.startsWith(head) ? title.slice(head.length) : '';
  if (!typed.trim() || tail) return undefined;
  return what === 'send-promised'
    ? { what, name, promised: typed }
    : { what: 'next-step', name, step: typed };
}

/** A task as migration 8 reads it: only the fields it looks at; everything else is kept as stored. */
interface StoredTask {
  id: number;
  kind: string;
  origin: string;
  contactId?: number;
  title?: string;
  about?: unknown;
}

/**
 * Step 8, pure: what a quick-save task's stored sentence meant, read with the
 * name of the person it is about (the contact's name now; a contact renamed
 * since no longer matches, and keeps its sentence). Undefined when the task
 * is not a quick-save's, already has a meaning, or its title is not one of
 * quick-save's sentences (a title the user typed stays as typed).
 */
export function aboutOfTask(task: StoredTask, contactName: string | undefined): TaskAbout | undefined {
  if (task.origin !== 'quick-save' || task.about !== undefined) return undefined;
  if (!task.title || !contactName) return undefined;
  for (const [kind, what, sentence] of SENTENCES) {
    if (kind !== task.kind) continue;
    const about = read(what, sentence, task.title, contactName);
    const checked = about && TaskAboutSchema.safeParse(about);
    if (checked?.success) return checked.data;
  }
  return undefined;
}

/**
 * Step 8 inside Dexie's upgrade transaction: quick-save tasks get their
 * meaning (`about`) and lose the sentence it was written as, in pages of 500
 * by primary key; others are not touched.
 */
export async function upgradeTo8(
  tx: Transaction,
  onProgress?: (p: MigrationProgress) => void,
): Promise<void> {
  const tasks = tx.table<StoredTask, number>('tasks');
  const contacts = tx.table<{ id: number; name: string }, number>('contacts');
  const total = await tasks.count();
  let done = 0;
  let last = 0;
  for (;;) {
    const page = await tasks.where(':id').above(last).limit(PAGE).toArray();
    if (page.length === 0) break;
    const ids = [
      ...new Set(page.flatMap((t) => (t.origin === 'quick-save' && t.contactId ? [t.contactId] : []))),
    ];
    const names = new Map((await contacts.bulkGet(ids)).flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
    const rewritten = page.flatMap((task) => {
      const about = aboutOfTask(task, task.contactId === undefined ? undefined : names.get(task.contactId));
      if (!about) return [];
      const meant: StoredTask = { ...task, about };
      delete meant.title;
      return [meant];
    });
    if (rewritten.length) await tasks.bulkPut(rewritten);
    done += page.length;
    last = page[page.length - 1]!.id;
    onProgress?.({ version: 8, done, total });
  }
}

const PAGE = 500;
