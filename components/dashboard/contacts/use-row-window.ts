import { useEffect, useState, type RefObject } from 'react';

/** Rows drawn beyond the visible ones, so fast scrolling and arrow keys find them ready. */
const OVERSCAN = 8;
/** Assumed when nothing is laid out yet (first render, happy-dom in tests). */
const FALLBACK_HEIGHT = 600;

/** Which rows of a fixed-height list are in view, and the space above and below them. */
interface RowWindow {
  first: number;
  last: number;
  top: number;
  bottom: number;
}

/**
 * Windowing for rows of one fixed height: O(1) per render whatever the row
 * count. (A general virtualiser measures every row again when the count
 * changes — 100,000 objects on each keystroke that changes the results.)
 */
export function useRowWindow(
  scroller: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
): RowWindow {
  const [view, setView] = useState({ scrollTop: 0, height: FALLBACK_HEIGHT });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setView({ scrollTop: el.scrollTop, height: el.clientHeight || FALLBACK_HEIGHT });
    el.addEventListener('scroll', update, { passive: true });
    const resize = new ResizeObserver(update);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      resize.disconnect();
    };
  }, [scroller]);
  const first = Math.min(count, Math.max(0, Math.floor(view.scrollTop / rowHeight) - OVERSCAN));
  const last = Math.min(count, Math.ceil((view.scrollTop + view.height) / rowHeight) + OVERSCAN);
  return { first, last, top: first * rowHeight, bottom: (count - last) * rowHeight };
}

/** Scroll a list of fixed-height rows (under a sticky header) just enough for row `index` to show. */
export function scrollRowIntoView(el: HTMLElement, index: number, rowHeight: number): void {
  const header = el.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const top = index * rowHeight;
  if (top < el.scrollTop) el.scrollTop = top;
  else if (top + rowHeight + header > el.scrollTop + el.clientHeight) {
    el.scrollTop = top + rowHeight + header - el.clientHeight;
  }
}
