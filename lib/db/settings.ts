import { SettingsSchema, type Settings } from '../schemas/settings';
import type { GuildDatabase } from './database';

const SETTINGS_ID = 'settings';

/** The user's settings, every default filled (nothing stored yet → all defaults). */
export async function getSettings(db: GuildDatabase): Promise<Settings> {
  const stored = await db.settings.get(SETTINGS_ID);
  return SettingsSchema.parse({ ...stored, id: SETTINGS_ID });
}

/** Change some settings; the result is validated whole before it is stored, and returned. */
export function updateSettings(db: GuildDatabase, patch: Partial<Omit<Settings, 'id'>>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = SettingsSchema.parse({ ...(await getSettings(db)), ...patch, id: SETTINGS_ID });
    await db.settings.put(next);
    return next;
  });
}
