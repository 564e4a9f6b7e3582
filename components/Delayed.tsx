import { useEffect, useState, type ReactNode } from 'react';

/** Shows its children only after a short delay, so fast loads never flash a spinner. */
export function Delayed({ children, ms = 250 }: { children: ReactNode; ms?: number }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [ms]);
  return shown ? children : null;
}
