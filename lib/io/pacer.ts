/** Work done between two breaths: well under the 50 ms that makes a task "long". */
const SLICE_MS = 12;

/** The next task: `scheduler.yield` where the browser has it, else a message (setTimeout clamps to 4 ms). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(undefined);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Gives the page a breath when the current slice of work has run long
 * enough, so reading a big archive never blocks the dashboard. Call `breathe`
 * often (it is cheap when no breath is due); never inside an IndexedDB
 * transaction, which would commit at the first breath.
 */
export class Pacer {
  private since = performance.now();

  constructor(private readonly sliceMs = SLICE_MS) {}

  /** Whether the slice is used up (for callers that must stop at a safe point first). */
  due(): boolean {
    return performance.now() - this.since >= this.sliceMs;
  }

  async breathe(): Promise<void> {
    if (!this.due()) return;
    await nextTask();
    this.since = performance.now();
  }
}
