import type { Page } from 'playwright-core';
import type { GuildBrowser } from '../harness/guild';

/**
 * An extension-origin page that runs none of Guild's UI: the extension's own
 * manifest.json shown as a document. The benchmark bundle is evaluated there,
 * so its IndexedDB is Guild's origin and no React app competes for the thread.
 */
export async function openBenchPage(guild: GuildBrowser, code: string): Promise<BenchPage> {
  const page = await guild.context.newPage();
  await page.goto(`chrome-extension://${guild.extensionId}/manifest.json`);
  page.setDefaultTimeout(600_000);
  await page.evaluate(code);
  return {
    page,
    call<T>(group: 'guildBench' | 'guildBenchMore', fn: string, ...args: unknown[]): Promise<T> {
      return page.evaluate(
        ([g, f, a]) =>
          (globalThis as unknown as Record<string, Record<string, (...x: unknown[]) => Promise<unknown>>>)[
            g
          ]![f]!(...a),
        [group, fn, args] as const,
      ) as Promise<T>;
    },
  };
}

export interface BenchPage {
  page: Page;
  call<T>(group: 'guildBench' | 'guildBenchMore', fn: string, ...args: unknown[]): Promise<T>;
}

/** JS heap of one page after a full garbage collection, in MB (CDP). */
export async function heapMb(guild: GuildBrowser, page: Page): Promise<number> {
  const cdp = await guild.context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
}
