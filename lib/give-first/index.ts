export { buildGiveFirstIndex, type GiveFirstIndex } from './build-index';
export { suggestGiveFirst, type GiveFirstInput } from './suggest';
export { rankContacts, type RankContactsInput } from './rank-contacts';
export { groupInteractions, summariseHistory } from './history';
export { feedbackUntil, blockedKeys, FEEDBACK_DAYS } from './feedback';
export { reasonText, type ReasonLanguage } from './reason-text';
export { normaliseTag, labelTerms } from './normalise';
export { WEIGHTS } from './ranking';
export * from './types';
export { recordSuggestionFeedback } from './feedback-store';
export {
  loadGiveFirstIndex,
  loadGiveFirstIndexFor,
  loadContactInputs,
  type ContactInputs,
} from './load-inputs';
