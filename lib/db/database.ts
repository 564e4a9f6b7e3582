import Dexie, { type EntityTable } from 'dexie';
import type { Contact } from '../schemas/contact';

export const DATABASE_NAME = 'guild';

/**
 * Guild's IndexedDB, opened only in the extension's origin (background, side
 * panel, dashboard). Never open it from code that runs in a web page: there it
 * would be the site's database, readable by the site's scripts.
 */
export class GuildDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Only the primary key and queried fields are indexed.
    this.version(1).stores({ contacts: '++id, &profileKey, name, savedAt' });
  }
}

let instance: GuildDatabase | undefined;

/** The shared database of this extension context. */
export function getDb(): GuildDatabase {
  instance ??= new GuildDatabase();
  return instance;
}
