/** `2024-03` for the month (UTC) of an instant: the key of a monthly timeline entry. */
export function monthOf(at: number): string {
  return new Date(at).toISOString().slice(0, 7);
}

/** `2024-03-07` for the day (UTC) of an instant. */
export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}
