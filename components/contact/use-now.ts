import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every minute: "12 days ago" and "due in 3
 * hours" stay right while the panel stays open, and render stays pure.
 */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
