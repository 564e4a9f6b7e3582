/**
 * Is the time invested in networking paying off? Pure statistics for the
 * Impact section (per local month over the last 12) and the verdict the guide
 * asks for after six months. No database, no browser API: callers pass records.
 */
export * from './months';
export * from './input';
export * from './balance';
export * from './follow-ups';
export * from './monthly';
export * from './verdict';
