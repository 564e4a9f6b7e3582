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

type ContactsFormat = { extension: string; mimeType: string; write: typeof contactsToCsv };

const CSV: ContactsFormat = { extension: 'csv', mimeType: 'text/csv;charset=utf-8', write: contactsToCsv };
const VCARD: ContactsFormat = {
  extension: 'vcf',
  mimeType: 'text/vcard;charset=utf-8',
  write: contactsToVcard,
};

async function exportContacts(
  db: GuildDatabase,
  format: ContactsFormat,
  onProgress: OnProgress | undefined,
  now: number,
): Promise<ExportFile> {
  const contacts = await db.contacts.orderBy('name').toArray();
  return {
    filename: `guild-contacts-${today(now)}.${format.extension}`,
    mimeType: format.mimeType,
    text: format.write(contacts, onProgress),
  };
}

/** Every contact, by name, as `guild-contacts-YYYY-MM-DD.csv`. */
export const exportContactsCsv = (db: GuildDatabase, onProgress?: OnProgress, now = Date.now()) =>
  exportContacts(db, CSV, onProgress, now);

/** Every contact, by name, as `guild-contacts-YYYY-MM-DD.vcf` (vCard 4.0). */
export const exportContactsVcard = (db: GuildDatabase, onProgress?: OnProgress, now = Date.now()) =>
  exportContacts(db, VCARD, onProgress, now);

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
