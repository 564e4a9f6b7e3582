import { browser } from 'wxt/browser';

/**
 * The sites Guild reads (LinkedIn, X), as the manifest asks for them:
 * `host_permissions` in Manifest V3, host patterns among `permissions` in V2.
 * The user may withhold them (Chrome's "site access: on click", Firefox's
 * add-on permissions, where MV3 host access is opt-in and can be revoked).
 */
export function readableOrigins(): string[] {
  const manifest = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: unknown[] };
  const patterns = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
  return patterns.filter((p): p is string => typeof p === 'string' && p.includes('://'));
}

/** May Guild read LinkedIn and X tabs right now? */
export function hasHostAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: readableOrigins() }).catch(() => false);
}

/**
 * Ask the browser for access to LinkedIn and X. Must be called straight from
 * the click handler (no `await` before it): both browsers accept the request
 * only inside the user's gesture.
 */
export function requestHostAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: readableOrigins() }).catch(() => false);
}

/** Call back when the user grants or withdraws site access (also from the browser's own menus). */
export function watchHostAccess(onChange: () => void): () => void {
  const changed = () => onChange();
  browser.permissions.onAdded.addListener(changed);
  browser.permissions.onRemoved.addListener(changed);
  return () => {
    browser.permissions.onAdded.removeListener(changed);
    browser.permissions.onRemoved.removeListener(changed);
  };
}
