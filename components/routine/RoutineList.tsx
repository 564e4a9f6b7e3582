import type { Key, ReactNode } from 'react';
import { t } from '@/lib/i18n';

/**
 * One of the routine's lists: nothing while it loads, "nothing to do" when it
 * is empty, else one row per item.
 */
export function RoutineList<T>({
  items,
  keyOf,
  row,
}: {
  items: readonly T[] | undefined;
  keyOf: (item: T) => Key;
  row: (item: T) => ReactNode;
}) {
  if (!items) return null;
  if (!items.length) return <p className="muted">{t('routineEmpty')}</p>;
  return (
    <ul className="routine-list">
      {items.map((item) => (
        <li key={keyOf(item)}>{row(item)}</li>
      ))}
    </ul>
  );
}
