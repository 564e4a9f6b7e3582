/**
 * Quick-save after a conversation: what to store (pure planning), the
 * follow-up message to send, and recognising someone saved by name when
 * their profile is opened later. `store.ts` writes a plan to the database.
 */
export { QuickSaveInputSchema, type QuickSaveInput } from './input';
export {
  planQuickSave,
  matchEvent,
  FOLLOW_UP_WITHIN_MS,
  type QuickSavePlan,
  type QuickSaveWho,
  type PlannedTask,
} from './plan';
export { followUpMessage, type FollowUpFacts } from './follow-up-message';
export { nameMatches, comparableName } from './name-match';
export { TASK_TITLES, taskTitle, type QuickSaveLanguage } from './texts';
export { storeQuickSave, type StoredQuickSave } from './store';
export { recordFollowUpSent, type SentFollowUp } from './sent';
export { needsLinkedInConnect } from './plan';
