import type { FormEvent, ReactNode } from 'react';

/**
 * A dashboard form named by its heading: the browser's own validation is off
 * (Zod checks on submit and says what is wrong in words), and the heading is
 * the form's accessible name.
 */
export function TitledForm({
  id,
  title,
  heading = 'h2',
  className,
  onSubmit,
  children,
}: {
  /** The heading's id (the form's `aria-labelledby`). */
  id: string;
  title: string;
  heading?: 'h2' | 'h3';
  className: string;
  onSubmit: (event: FormEvent) => Promise<void>;
  children: ReactNode;
}) {
  const Heading = heading;
  return (
    <form className={className} onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {children}
    </form>
  );
}
