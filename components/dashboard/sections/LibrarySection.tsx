import { Fragment, type ReactNode } from 'react';
import { UndoToast } from '../../undo/UndoToast';

/**
 * The frame of a library page (resources, events, opportunities,
 * communities): its title and intro, "Add" or the form (one at a time, a
 * fresh form for each record), the undo toast, what to do when there is
 * nothing yet, then the page's own list.
 */
export function LibrarySection<T extends { id: number }>({
  title,
  intro,
  addLabel,
  editing,
  onAdd,
  form,
  empty,
  afterIntro,
  children,
}: {
  title: string;
  intro: string;
  addLabel: string;
  /** The record being edited, `'new'` for the add form, `undefined` when no form is open. */
  editing: T | 'new' | undefined;
  onAdd: () => void;
  /** The form for `initial` (`undefined`: a new record). */
  form: (initial: T | undefined) => ReactNode;
  /** What the page says when it holds nothing yet (shown while no form is open). */
  empty: { text: string; how: string } | false;
  afterIntro?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby="section-title">
      <h1 id="section-title">{title}</h1>
      <p className="muted">{intro}</p>
      {afterIntro}
      {editing === undefined ? (
        <button type="button" className="primary" onClick={onAdd}>
          {addLabel}
        </button>
      ) : (
        <Fragment key={editing === 'new' ? 'new' : editing.id}>
          {form(editing === 'new' ? undefined : editing)}
        </Fragment>
      )}
      <UndoToast />
      {empty && editing === undefined && (
        <div className="empty-state">
          <p>{empty.text}</p>
          <p className="muted">{empty.how}</p>
        </div>
      )}
      {children}
    </section>
  );
}
