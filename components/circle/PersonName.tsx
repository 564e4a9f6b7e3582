/**
 * A person's name in a list: one line, cut with an ellipsis when too long,
 * the full name on hover (title) and for screen readers (the text itself is
 * whole; only its painting is clipped by CSS).
 */
export function PersonName({ name }: { name: string }) {
  return (
    <span className="person-name" title={name}>
      {name}
    </span>
  );
}
