import type { BrowserContext } from 'playwright-core';

/**
 * Records every request that leaves an extension context (the service worker
 * and extension pages) for anything but the extension itself. Guild makes no
 * network request: a test asserts this list stays empty.
 */
export function watchExtensionRequests(context: BrowserContext, extensionId: string): string[] {
  const offending: string[] = [];
  const own = `chrome-extension://${extensionId}/`;
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(own) || url.startsWith('data:') || url.startsWith('blob:')) return;
    const frame = (() => {
      try {
        return request.frame();
      } catch {
        return undefined; // service-worker requests have no frame
      }
    })();
    const fromExtension = request.serviceWorker() !== null || (frame?.url() ?? '').startsWith(own);
    if (fromExtension) offending.push(url);
  });
  return offending;
}
