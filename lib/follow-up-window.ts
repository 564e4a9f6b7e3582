/**
 * The guide's rule: follow up within 24 hours, while the memory is fresh.
 * Quick-save dates its follow-ups with it; the stats and event follow-ups
 * measure against it.
 */
export const FOLLOW_UP_WITHIN_MS = 24 * 60 * 60 * 1000;
