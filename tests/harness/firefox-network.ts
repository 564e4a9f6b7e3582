import type { Browser } from 'puppeteer-core';

interface BidiEvents {
  on(event: string, listener: (params: Record<string, unknown>) => void): void;
}

/**
 * Records every request a page of Guild's origin sends to anything but Guild,
 * from WebDriver BiDi's own events. Each request is attributed to the URL its
 * browsing context last navigated to (raw events: puppeteer's `page.url()`
 * stays at about:blank for moz-extension pages in Firefox 153). The event
 * page is no browsing context, so its requests are not seen here: the proxy
 * log (./firefox-proxy.ts) covers them.
 */
export function watchExtensionRequests(browser: Browser, origin: string): string[] {
  const connection = (browser as unknown as { connection: BidiEvents }).connection;
  const urlOf = new Map<string, string>();
  const offending: string[] = [];
  const remember = (params: Record<string, unknown>) => {
    if (typeof params.context === 'string' && typeof params.url === 'string')
      urlOf.set(params.context, params.url);
  };
  for (const event of [
    'browsingContext.contextCreated',
    'browsingContext.navigationStarted',
    'browsingContext.navigationCommitted',
    'browsingContext.fragmentNavigated',
  ])
    connection.on(event, remember);
  connection.on('network.beforeRequestSent', (params) => {
    const url = (params.request as { url: string }).url;
    const from = urlOf.get(params.context as string) ?? '';
    if (!from.startsWith(`${origin}/`)) return;
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return;
    offending.push(url);
  });
  return offending;
}
