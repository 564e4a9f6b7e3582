/**
 * An error the user has to see now, announced at once (`role="alert"`);
 * nothing at all while there is none.
 */
export function ErrorAlert({ text, id }: { text: string | undefined; id?: string }) {
  if (!text) return null;
  return (
    <p id={id} role="alert" className="error">
      {text}
    </p>
  );
}
