import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GuildDatabase, getSettings, updateSettings } from '@/lib/db';
import { defaultSettings } from '@/lib/schemas/settings';
import { freshDbName } from '../helpers';

describe('settings', () => {
  let db: GuildDatabase;
  beforeEach(() => {
    db = new GuildDatabase(freshDbName());
  });
  afterEach(async () => {
    await db.delete();
  });

  test('nothing stored gives every default', async () => {
    expect(await getSettings(db)).toEqual(defaultSettings());
    expect(defaultSettings()).toMatchObject({
      routineDays: [1, 3, 5],
      routineTime: '09:00',
      language: 'auto',
    });
  });

  test('an update is merged with the defaults, stored and returned', async () => {
    const next = await updateSettings(db, { routineTime: '08:30' });
    expect(next).toEqual({ ...defaultSettings(), routineTime: '08:30' });
    expect(await getSettings(db)).toEqual(next);
  });

  test('an invalid update is refused and nothing changes', async () => {
    await expect(updateSettings(db, { routineTime: '25:00' })).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });
});
