/**
 * The weekly routine and its reminders: pure scheduling and lists (no browser
 * API), plus thin database reads and writes for the background and the
 * dashboard. See `schedule.ts` for the rules.
 */
export * from './zone';
export * from './themes';
export * from './boundaries';
export * from './schedule';
export * from './caps';
export * from './lists';
export * from './friday';
export * from './reminders';
export * from './nudges';
export * from './sessions';
export * from './load-lists';
export * from './notification-log';
export * from './session-store';
