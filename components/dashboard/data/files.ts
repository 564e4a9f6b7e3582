import { TABLE_NAMES, type GuildDatabase } from '@/lib/db';
import type { OnProgress } from '@/lib/io';
import type { Contact } from '@/lib/schemas/contact';

/**
 * Save text as a file: a Blob URL on an `<a download>`, clicked. Nothing
 * leaves the machine (a blob: URL is not a network request).
 */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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

/** Every contact, read in pages by id so a progress bar can follow (100,000 take seconds). */
export async function readAllContacts(db: GuildDatabase, onProgress?: OnProgress): Promise<Contact[]> {
  const total = await db.contacts.count();
  const out: Contact[] = [];
  let after = 0;
  for (;;) {
    const page = await db.contacts.where(':id').above(after).limit(2000).toArray();
    if (page.length === 0) return out;
    out.push(...page);
    after = page[page.length - 1]!.id!;
    onProgress?.({ phase: 'reading', done: out.length, total });
  }
}

/** Empty every table in one transaction: all or nothing. */
export function eraseEverything(db: GuildDatabase): Promise<void> {
  const tables = TABLE_NAMES.map((name) => db.table(name));
  return db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
  });
}
