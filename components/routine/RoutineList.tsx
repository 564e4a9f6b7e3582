import type { Key, ReactNode } from 'react';
import { t, type MessageKey } from '@/lib/i18n';

/** What an empty list says, and the one link that fills it (a dashboard route such as `#/resources`). */
export interface RoutineEmptyState {
  text: MessageKey;
  link: MessageKey;
  href: `#/${string}`;
}

/**
 * One of the routine's lists: nothing while it loads, else one row per item.
 * A list is never empty without a next action: when it is, it says what
 * fills it and links to where to do that.
 */
export function RoutineList<T>({
  items,
  keyOf,
  row,
  empty,
}: {
  items: readonly T[] | undefined;
  keyOf: (item: T) => Key;
  row: (item: T) => ReactNode;
  empty: RoutineEmptyState;
}) {
  if (!items) return null;
  if (!items.length)
    return (
      <div className="routine-empty">
        <p>{t(empty.text)}</p>
        <p>
          <a href={empty.href}>{t(empty.link)}</a>
        </p>
      </div>
    );
  return (
    <ul className="routine-list">
      {items.map((item) => (
        <li key={keyOf(item)}>{row(item)}</li>
      ))}
    </ul>
  );
}
