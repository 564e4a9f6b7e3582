import { t } from '@/lib/i18n';
import { parseTime, showTime, stepTime, timeAt } from '@/lib/i18n/date-text';
import { TypedInput, type FieldA11y, type Reading } from './TypedInput';

const TIME: Reading = {
  show: showTime,
  parse: parseTime,
  spell: showTime,
  step: (value, by, big) => stepTime(value, by * (big ? 60 : 1)),
  start: () => timeAt(Date.now()),
};

/**
 * A time of day (`HH:mm`) shown on the 24-hour clock in both languages and
 * typed as either writes it ("9 h 30", "9:30 pm"), whatever the browser's
 * language; ArrowUp/ArrowDown move it by a minute, PageUp/PageDown by an hour.
 */
export function TimeInput(props: { a11y: FieldA11y; value: string; onChange: (value: string) => void }) {
  return <TypedInput {...props} reading={TIME} hint={t('fieldTimeHint')} className="time-input" />;
}
