/**
 * Evaluated inside the dashboard page by `dashboard.ts` (serialised by
 * Playwright: it uses only its own locals and arguments).
 */

/**
 * Type `query` letter by letter, then erase it, timing each step. For each
 * step: `performance.now()`, the search input gets its new value and an
 * `input` event (what a keystroke gives React), then
 *   - "commit": after React's synchronous render and commit for the discrete
 *     event (the first microtask after dispatch), the table's DOM is
 *     updated — the work that must fit in a frame;
 *   - "frame": the next `requestAnimationFrame` callback, i.e. the frame that
 *     paints the update (includes waiting for the frame boundary);
 *   - "painted": a message posted from that callback, which arrives after the
 *     frame's style, layout and paint.
 * The first letters are full passes over the index; later ones narrow the
 * previous results, and erasing reuses remembered results
 * (lib/search/session.ts).
 */
export async function measureKeystrokes(
  query: string,
): Promise<{ commit: number; frame: number; painted: number; count: string }[]> {
  const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
  const count = document.querySelector('[data-testid="contacts-count"]')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const steps = [
    ...Array.from(query, (_, i) => query.slice(0, i + 1)),
    ...Array.from(query, (_, i) => query.slice(0, query.length - i - 1)),
  ];
  const samples: { commit: number; frame: number; painted: number; count: string }[] = [];
  for (const text of steps) {
    // Let the previous frame go by, so each keystroke starts on a quiet page.
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    const commit = performance.now() - t0;
    let frame = 0;
    // The rAF callback runs before the frame's style, layout and paint; a
    // message posted from it arrives after them: "painted".
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        frame = performance.now() - t0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      }),
    );
    samples.push({ commit, frame, painted: performance.now() - t0, count: count.textContent ?? '' });
  }
  return samples;
}
