import type { Page, Worker } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/**
 * Read every record of one object store of Guild's database, with the raw
 * IndexedDB API, from inside an extension page (Chromium or Firefox) or the
 * service worker: what was really stored, not what the UI says.
 */
export function readStore<T = Record<string, unknown>>(
  where: Page | Worker | PuppeteerPage,
  store: string,
): Promise<T[]> {
  return (where as Page).evaluate(
    (name: string) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('guild');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
