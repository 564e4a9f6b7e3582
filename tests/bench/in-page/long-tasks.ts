/** Main-thread tasks over 50 ms while `fn` runs (the Long Tasks API), with `fn`'s result. */
export async function withLongTasks<T>(fn: () => Promise<T>): Promise<{ result: T; longTasks: number[] }> {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const result = await fn();
  // Entries are delivered after the task ends: let the last one arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
  observer.disconnect();
  return { result, longTasks };
}
