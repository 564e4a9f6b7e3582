import { readInPages, TABLE_NAMES, type GuildDatabase } from '@/lib/db';
import type { OnProgress } from '@/lib/io';
import type { Contact } from '@/lib/schemas/contact';

/**
 * Save text (whole or in parts) as a file: a Blob URL on an `<a download>`, clicked. Nothing
 * leaves the machine (a blob: URL is not a network request).
 */
export function downloadText(text: string | readonly string[], filename: string, type: string): void {
  // Parts go into the Blob as they are: joining a 47 MB backup into one string is a long task.
  const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : [...text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; revoking earlier can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `guild-<what>-2026-11-25.<ext>`, dated in local time. */
export function datedName(what: string, ext: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `guild-${what}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${ext}`;
}

/** Bytes decoded per task while a file is read. */
const READ_SLICE = 1 << 20;

/**
 * A file's text, read and decoded a megabyte at a time, in parts: `Blob.text()` decodes the
 * whole file in one task (1.1 s for a 34 MB backup, measured here), and joining the parts
 * into one string is one long copy too (0.4 s), so the backup check reads the parts as they are.
 * `onProgress` is told the bytes read (`reading`) after each megabyte.
 */
export async function readTextParts(file: Blob, onProgress?: OnProgress): Promise<string[]> {
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  onProgress?.({ phase: 'reading', done: 0, total: file.size });
  for (let offset = 0; offset < file.size; offset += READ_SLICE) {
    const bytes = await file.slice(offset, offset + READ_SLICE).arrayBuffer();
    parts.push(decoder.decode(bytes, { stream: true }));
    onProgress?.({ phase: 'reading', done: Math.min(offset + READ_SLICE, file.size), total: file.size });
  }
  parts.push(decoder.decode());
  return parts;
}

/** Every contact, read in pages by id so a progress bar can follow (100,000 take seconds). */
export async function readAllContacts(db: GuildDatabase, onProgress?: OnProgress): Promise<Contact[]> {
  const total = await db.contacts.count();
  const out: Contact[] = [];
  await readInPages(db.contacts, 2000, (page) => {
    out.push(...page);
    onProgress?.({ phase: 'reading', done: out.length, total });
  });
  return out;
}

/** Empty every table in one transaction: all or nothing. */
export function eraseEverything(db: GuildDatabase): Promise<void> {
  const tables = TABLE_NAMES.map((name) => db.table(name));
  return db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
  });
}
