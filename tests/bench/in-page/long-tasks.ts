/** A long main-thread task: when it began (`performance.now()` clock) and how long it ran. */
export interface LongTask {
  start: number;
  duration: number;
}

/** Run `fn`, collecting every long task (> 50 ms) the page reports while it runs. */
export async function withLongTasks<T>(
  fn: () => Promise<T>,
): Promise<{ result: T; longTasks: number[]; tasks: LongTask[] }> {
  const tasks: LongTask[] = [];
  const keep = (entries: PerformanceEntryList) => {
    for (const entry of entries) tasks.push({ start: entry.startTime, duration: entry.duration });
  };
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  const result = await fn();
  // Entries are delivered after the task ends: let the last one arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  keep(observer.takeRecords());
  observer.disconnect();
  return { result, longTasks: tasks.map((t) => t.duration), tasks };
}
