export { charMask, entryOf, fold, type ContactEntry } from './entry';
export {
  SORT_KEYS,
  compareBy,
  isDue,
  matcher,
  runQuery,
  termsOf,
  type ContactFilter,
  type QueryContext,
  type SortKey,
} from './query';
export { ContactIndex, type IndexStatus } from './contact-index';
export { SearchSession } from './session';
export { liveContactIndex, dropContactIndex, changedContactKeys } from './live-index';
export { duplicateCandidates, sameText, type DuplicateReason } from './duplicates';
