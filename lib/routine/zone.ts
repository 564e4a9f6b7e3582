import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** An IANA time zone name (`Europe/Paris`). */
export type Zone = string;

/** Whether the runtime knows this IANA zone (a typo must not silently become UTC). */
export function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The system's zone, as the browser reports it right now (it changes when the user travels). */
export function systemZone(): Zone {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The zone every routine computation uses: the one set in Guild's settings
 * when it is valid, otherwise the system's. Read at each computation, never
 * cached, so a change of zone takes effect at the next one.
 */
export function resolveZone(settingZone: string | undefined, fallback: Zone = systemZone()): Zone {
  return settingZone && isValidZone(settingZone) ? settingZone : fallback;
}

/** An instant seen in a zone: date-fns then does calendar arithmetic in that zone, DST included. */
export function inZone(ms: number, zone: Zone): TZDate {
  return new TZDate(ms, zone);
}

/** The local calendar day of an instant (`2026-03-29`), used in dedupe keys and day comparisons. */
export function localDay(ms: number, zone: Zone): string {
  return format(inZone(ms, zone), 'yyyy-MM-dd');
}

/** Minutes since local midnight, from an `HH:mm` string. */
export function minutesOf(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}
