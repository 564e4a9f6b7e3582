export { PLACEHOLDERS, placeholderLabel, isPlaceholderName } from './placeholders';
export type { PlaceholderName, PlaceholderValues, PlaceholderInfo } from './placeholders';
export { parseTemplate, validateTemplate, templateErrorText } from './parse-template';
export type { TemplateError, TemplateToken, ParseResult } from './parse-template';
export { renderTemplate, clipboardText, type RenderResult, type Segment } from './render';
export { builtinTemplates, templatesFor, TEMPLATE_FOR_SUGGESTION } from './builtins';
export type { Template, BuiltinTemplate } from './builtins';
export { snippetValues, firstNameOf, type ValueSources } from './values';
export { templateHash, checkCopySpam, SPAM_MAX_PEOPLE, SPAM_WINDOW_DAYS, type SpamCheck } from './spam';
export {
  recordCopy,
  recordSent,
  sentInteraction,
  recentCopies,
  type CopyRecord,
  type SentRecord,
} from './copy-store';
export { metAtPhrase, projectPhrase, clause } from './phrasing';
