import { getLanguage, t } from '@/lib/i18n';
import { dayAt, parseDay, showDay, spellDay, stepDay } from '@/lib/i18n/date-text';
import { TypedInput, type FieldA11y, type Reading } from './TypedInput';

/**
 * A day (`yyyy-MM-dd`) shown and typed in the UI language, whatever the
 * browser's: "07/12/2026" in French, "Dec 7, 2026" in English, spelled out
 * under the field (« lundi 7 décembre 2026 ») so the user sees how it was
 * read; ArrowUp/ArrowDown move it by a day, PageUp/PageDown by a month.
 */
export function DateInput(props: { a11y: FieldA11y; value: string; onChange: (value: string) => void }) {
  const language = getLanguage();
  const day: Reading = {
    show: (value) => showDay(value, language),
    parse: (text) => parseDay(text, language),
    spell: (value) => spellDay(value, language),
    step: (value, by, big) => stepDay(value, big ? { months: by } : { days: by }),
    start: () => dayAt(Date.now()),
  };
  return <TypedInput {...props} reading={day} hint={t('fieldDateHint')} className="date-input" />;
}
