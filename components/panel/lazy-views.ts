import { lazy } from 'react';

/*
 * Views the panel's first paint of a profile does not need, loaded when
 * shown: the quick-save flow (after a click or the shortcut) and the
 * not-a-profile home (only off profiles). They come from the extension's own
 * files in a few milliseconds, and keep the side panel's startup bundle
 * within its 150 KB budget.
 */

/** Quick-save form → follow-up message. */
export const LazyQuickSaveFlow = lazy(() =>
  import('../quick-save/QuickSaveFlow').then((m) => ({ default: m.QuickSaveFlow })),
);

/** Today, quick note, search, add the page as a resource. */
export const LazyNotAProfile = lazy(() => import('./NotAProfile').then((m) => ({ default: m.NotAProfile })));
