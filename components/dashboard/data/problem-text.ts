import { t, type MessageKey } from '@/lib/i18n';
import type { ImportProblem, ProblemReason, TextEncodingName } from '@/lib/io';

const REASONS: Record<ProblemReason, MessageKey> = {
  'no-header': 'dataReasonNoHeader',
  'too-large': 'dataReasonTooLarge',
  'cut-off': 'dataReasonCutOff',
  'no-name': 'dataReasonNoName',
  duplicate: 'dataReasonDuplicate',
  'ambiguous-match': 'dataReasonAmbiguousMatch',
  invalid: 'dataReasonInvalid',
  'bad-url': 'dataReasonBadUrl',
  homonym: 'dataReasonHomonym',
  garbled: 'dataReasonGarbled',
  'bad-dates': 'dataReasonBadDates',
  'ambiguous-dates': 'dataReasonAmbiguousDates',
};

/** The data a reason's words already hold (a size, a row): not repeated after them. */
const SAID_IN_WORDS = new Set<ProblemReason>([
  'too-large',
  'cut-off',
  'duplicate',
  'bad-dates',
  'ambiguous-dates',
]);

/** A problem in the user's language: the reason in words, then what it is about (the file's own text). */
export function problemText(problem: ImportProblem): string {
  const key = REASONS[problem.reason];
  const words =
    problem.reason === 'bad-dates' || problem.reason === 'ambiguous-dates'
      ? t(key, problem.count ?? 0, problem.detail)
      : t(key, problem.detail);
  return problem.detail && !SAID_IN_WORDS.has(problem.reason) ? `${words} (${problem.detail})` : words;
}

/** The encoding a file was read in, in words. */
export function encodingText(encoding: TextEncodingName, bom: boolean | undefined): string {
  const name: MessageKey =
    encoding === 'windows-1252'
      ? 'dataEncodingWindows1252'
      : encoding === 'utf-8'
        ? bom
          ? 'dataEncodingUtf8Bom'
          : 'dataEncodingUtf8'
        : 'dataEncodingUtf16';
  return t('dataEncoding', t(name));
}
