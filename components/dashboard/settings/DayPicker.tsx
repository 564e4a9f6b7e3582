import { weekdayName } from '@/lib/i18n/format';

/** Monday first, as the routine reads: JavaScript's day numbers (0 = Sunday). */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/** Seven checkboxes in a fieldset: which days of the week. */
export function DayPicker({
  legend,
  value,
  onChange,
  error,
  errorId,
}: {
  legend: string;
  value: readonly number[];
  onChange: (days: number[]) => void;
  error?: string;
  errorId: string;
}) {
  return (
    <fieldset className="day-picker" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {WEEK.map((day) => (
        <label key={day} className="check">
          <input
            type="checkbox"
            checked={value.includes(day)}
            onChange={(e) => onChange(e.target.checked ? [...value, day] : value.filter((d) => d !== day))}
          />
          <span>{weekdayName(day)}</span>
        </label>
      ))}
      {error && (
        <p id={errorId} className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
