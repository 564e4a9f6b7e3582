export {
  GuildDatabase,
  getDb,
  onUpgradeProgress,
  DATABASE_NAME,
  TABLE_NAMES,
  type TableName,
} from './database';
export { readInPages } from './read-in-pages';
export { DATABASE_VERSIONS, LATEST_VERSION, type DatabaseVersion } from './versions';
export { openDatabase, type OpenResult, type OpenFailureKind } from './open';
export { MigrationError, type MigrationProgress } from './migrations/migration-error';
export * from './contacts';
export { buildContact, normalizeContact, type NewContactFields } from './new-contact';
export { saveFromSnapshot } from './save-from-snapshot';
export { correctContact, applyCorrections, withoutCorrected, type Corrections } from './corrections';
export { getSettings, updateSettings } from './settings';
export { linkProfile, ProfileInUseError } from './link-profile';
export { logInteraction, interactionsOf, deleteInteraction, type SavedInteraction } from './interactions';
export {
  createTask,
  completeTask,
  reopenTask,
  snoozeTask,
  openTasks,
  tasksOf,
  type SavedTask,
} from './tasks';
export {
  deleteContact,
  deleteContacts,
  restoreDeleted,
  type DeletedContact,
  type DeletedContacts,
} from './delete-contact';
export {
  resources,
  events,
  opportunities,
  communities,
  routineSessions,
  snippets,
  type Crud,
  type Stored,
} from './crud';
export { setCommunityPhase } from './community-phase';
