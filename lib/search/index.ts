export { charMask, entryOf, type ContactEntry } from './entry';
export { isDue, runQuery, type ContactFilter, type QueryContext, type SortKey } from './query';
export { ContactIndex, type IndexStatus } from './contact-index';
export { SearchSession } from './session';
export { firstByName, FIRST_PAGE } from './first-page';
export { liveContactIndex, dropContactIndex, reloadContactIndex } from './live-index';
export { duplicateCandidates, sameText, type DuplicateReason } from './duplicates';
