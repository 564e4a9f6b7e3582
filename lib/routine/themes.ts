/**
 * The guide's three routine themes, named after the day that carries them by
 * default (and as `RoutineSession.day` stores them):
 * Monday, check on the close circle's news; Wednesday, congratulate
 * successes and help with challenges; Friday, share resources with people.
 */
export const ROUTINE_THEMES = ['monday', 'wednesday', 'friday'] as const;
export type RoutineTheme = (typeof ROUTINE_THEMES)[number];

/**
 * The theme of a routine day (JavaScript weekday, 0 = Sunday). Monday,
 * Wednesday and Friday keep their own theme whatever else is chosen; any other
 * day the user adds takes the theme of the next of those three
 * (Tuesday → Wednesday's, Thursday → Friday's, Saturday and Sunday → Monday's).
 */
export function themeOf(weekday: number): RoutineTheme {
  if (weekday === 1 || weekday === 0 || weekday === 6) return 'monday';
  if (weekday === 2 || weekday === 3) return 'wednesday';
  return 'friday';
}

/** Whether a string (a URL segment) names a theme. */
export function isRoutineTheme(value: string | undefined): value is RoutineTheme {
  return (ROUTINE_THEMES as readonly string[]).includes(value ?? '');
}
