import { useId, useState, type KeyboardEvent } from 'react';
import { UNREADABLE } from '@/lib/i18n/date-text';

/** What a FormField hands its control: the label's target, its hint and error, whether it is wrong. */
export interface FieldA11y {
  id?: string;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: boolean | undefined;
}

/** How one kind of value (a time, a day) is shown, read from what was typed, spelled back and stepped. */
export interface Reading {
  /** The stored value as the field shows it ('' for none). */
  show: (value: string) => string;
  /** Typed text → the stored value, or null when it cannot be read. */
  parse: (text: string) => string | null;
  /** The value in words, shown under the field when it says more than the text typed. */
  spell: (value: string) => string;
  /** One step up or down (ArrowUp, ArrowDown), or a big one (PageUp, PageDown). */
  step: (value: string, by: 1 | -1, big: boolean) => string;
  /** Where stepping starts from an empty field. */
  start: () => string;
}

const STEPS: Record<string, [1 | -1, boolean]> = {
  ArrowUp: [1, false],
  ArrowDown: [-1, false],
  PageUp: [1, true],
  PageDown: [-1, true],
};

/**
 * A text field for a value stored in one fixed form (`HH:mm`, `yyyy-MM-dd`)
 * but shown and typed in the UI language, with the expected format under it
 * and, once read, the value in words. Emits the stored form, '' when emptied,
 * or UNREADABLE (which every form's validation refuses) while the text reads
 * as nothing. Leaving the field writes a read value the way it is shown.
 */
export function TypedInput({
  a11y,
  value,
  onChange,
  reading,
  hint,
  className,
}: {
  a11y: FieldA11y;
  value: string;
  onChange: (value: string) => void;
  reading: Reading;
  hint: string;
  className: string;
}) {
  const hintId = useId();
  // The text typed, and the value it stood for: a value from outside (a reset, a save) shows as its text.
  const [shown, setShown] = useState(() => ({ value, text: reading.show(value) }));
  let text = shown.text;
  if (shown.value !== value) {
    text = reading.show(value);
    setShown({ value, text });
  }
  const read = value !== '' && value !== UNREADABLE;
  const said = read ? reading.spell(value) : '';

  const emit = (next: string, nextText: string) => {
    setShown({ value: next, text: nextText });
    if (next !== value) onChange(next);
  };

  const type = (typed: string) => emit(typed.trim() ? (reading.parse(typed) ?? UNREADABLE) : '', typed);

  const step = (e: KeyboardEvent<HTMLInputElement>) => {
    const [by, big] = STEPS[e.key] ?? [];
    if (!by || value === UNREADABLE) return;
    e.preventDefault();
    const next = reading.step(read ? value : reading.start(), by, big ?? false);
    emit(next, reading.show(next));
  };

  return (
    <>
      <input
        {...a11y}
        aria-describedby={[a11y['aria-describedby'], hintId].filter(Boolean).join(' ')}
        type="text"
        className={className}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => type(e.target.value)}
        onBlur={() => {
          if (read) setShown({ value, text: reading.show(value) });
        }}
        onKeyDown={step}
      />
      <p id={hintId} className="hint muted typed-hint">
        <span>{hint}</span>
        {said && said !== text.trim() && <span className="reading">{said}</span>}
      </p>
    </>
  );
}
