import type { GuildDatabase } from '../db/database';
import { contactsToCsv } from './export-csv';
import { contactsToVcard } from './vcard';
import { createBackup, serializeBackup } from './backup';
import type { OnProgress } from './progress';

/** A file ready to hand to the browser's download (a Blob URL): nothing leaves the machine otherwise. */
export interface ExportFile {
  filename: string;
  mimeType: string;
  text: string;
}

const today = (now: number) => new Date(now).toISOString().slice(0, 10);

/** Every contact, by name, as `guild-contacts-YYYY-MM-DD.csv`. */
export async function exportContactsCsv(
  db: GuildDatabase,
  onProgress?: OnProgress,
  now = Date.now(),
): Promise<ExportFile> {
  const contacts = await db.contacts.orderBy('name').toArray();
  return {
    filename: `guild-contacts-${today(now)}.csv`,
    mimeType: 'text/csv;charset=utf-8',
    text: contactsToCsv(contacts, onProgress),
  };
}

/** Every contact, by name, as `guild-contacts-YYYY-MM-DD.vcf` (vCard 4.0). */
export async function exportContactsVcard(
  db: GuildDatabase,
  onProgress?: OnProgress,
  now = Date.now(),
): Promise<ExportFile> {
  const contacts = await db.contacts.orderBy('name').toArray();
  return {
    filename: `guild-contacts-${today(now)}.vcf`,
    mimeType: 'text/vcard;charset=utf-8',
    text: contactsToVcard(contacts, onProgress),
  };
}

/** The whole database as `guild-backup-YYYY-MM-DD.json`. */
export async function exportBackup(
  db: GuildDatabase,
  onProgress?: OnProgress,
  now = Date.now(),
): Promise<ExportFile> {
  const backup = await createBackup(db, onProgress, now);
  return {
    filename: `guild-backup-${today(now)}.json`,
    mimeType: 'application/json',
    text: serializeBackup(backup),
  };
}
