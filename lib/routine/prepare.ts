import { getSettings, type GuildDatabase } from '../db';
import { loadLanguage, resolveLanguage, setLanguage } from '../i18n';
import type { Settings } from '../schemas/settings';
import { resolveZone } from './zone';

/** The settings a check runs with, its zone, and the basis the next-nudge alarm is computed from. */
export interface PreparedCheck {
  settings: Settings;
  zone: string;
  basis: string;
}

/**
 * Read the settings once per check, set the language notifications speak
 * (the setting's, or the browser's for 'auto'), and compute the basis: the
 * zone and schedule settings the next-nudge alarm depends on, so a trip or
 * a routine edit is noticed at the next start.
 */
export async function prepareCheck(db: GuildDatabase): Promise<PreparedCheck> {
  const settings = await getSettings(db);
  const language = resolveLanguage(settings.language, globalThis.navigator?.language);
  await loadLanguage(language);
  setLanguage(language);
  const zone = resolveZone(settings.timeZone);
  const { routineDays, routineTime, quietHours, protectedDays, vacationUntil } = settings;
  const basis = JSON.stringify([
    zone,
    routineDays,
    routineTime,
    quietHours,
    protectedDays,
    vacationUntil ?? null,
  ]);
  return { settings, zone, basis };
}
