const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms → `yyyy-mm-dd` in local time, for a DateInput. */
export function toDateInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Epoch ms → `yyyy-mm-ddThh:mm` in local time, for a DateTimeInput. */
export function toDateTimeInput(ms: number): string {
  const d = new Date(ms);
  return `${toDateInput(ms)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A DateInput's or DateTimeInput's value → epoch ms (local time); NaN when empty or unreadable. */
export function fromInput(value: string): number {
  const [date = '', time = '12:00'] = value.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  if (!y || !m || !d) return NaN;
  return new Date(y, m - 1, d, h ?? 12, min ?? 0).getTime();
}

/** A date as the user reads it, in Guild's language. */
export { formatDate } from '@/lib/i18n/format';
