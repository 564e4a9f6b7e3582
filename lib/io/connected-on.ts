import { dayColumn } from './dates';

/**
 * One "Connected On" value (`15 Mar 2024`, `7 Nov 2025`, `23-Apr-23`,
 * `2024-03-15`…) as UTC midnight in milliseconds, or undefined. A numeric
 * date whose day/month order only its whole column could tell is undefined:
 * files are read with `dayColumn` (lib/io/dates.ts).
 * @example parseConnectedOn('7 Nov 2025') // Date.UTC(2025, 10, 7)
 */
export function parseConnectedOn(text: string): number | undefined {
  const reading = dayColumn([text]).read(text);
  return reading.ok ? reading.day : undefined;
}
