import { useEffect, useState } from 'react';

/**
 * A module loaded on demand, `undefined` until it arrives. The give-first
 * engine and the routine's lists are not needed for the panel's first paint;
 * loading them after it keeps the side panel's startup bundle within budget.
 */
export function useModule<T>(load: () => Promise<T>): T | undefined {
  const [module, setModule] = useState<T>();
  useEffect(() => {
    let live = true;
    void load().then((m) => {
      if (live) setModule(() => m);
    });
    return () => {
      live = false;
    };
    // `load` is a module-level import thunk: it never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return module;
}
