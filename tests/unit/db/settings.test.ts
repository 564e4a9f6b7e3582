import { describe, expect, test } from 'vitest';
import { getSettings, updateSettings } from '@/lib/db';
import { defaultSettings } from '@/lib/schemas/settings';
import { useFreshDb } from './db-fixture';

describe('settings', () => {
  const t = useFreshDb();

  test('nothing stored gives every default', async () => {
    expect(await getSettings(t.db)).toEqual(defaultSettings());
    expect(defaultSettings()).toMatchObject({
      routineDays: [1, 3, 5],
      routineTime: '09:00',
      language: 'auto',
    });
  });

  test('an update is merged with the defaults, stored and returned', async () => {
    const next = await updateSettings(t.db, { routineTime: '08:30' });
    expect(next).toEqual({ ...defaultSettings(), routineTime: '08:30' });
    expect(await getSettings(t.db)).toEqual(next);
  });

  test('an invalid update is refused and nothing changes', async () => {
    await expect(updateSettings(t.db, { routineTime: '25:00' })).rejects.toThrow();
    expect(await t.db.settings.count()).toBe(0);
  });
});
