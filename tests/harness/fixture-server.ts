import { createServer, type Server } from 'node:https';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { makeCertificate } from './certificate';
import { demoPageFile, withDemoBanner } from './demo-pages';
import { FIXTURES_DIR } from './paths';

/**
 * Serves the saved pages in tests/fixtures/pages over HTTPS on loopback, as
 * if it were www.linkedin.com, x.com and twitter.com (Chromium's host
 * resolver maps those names here). Any path serves
 * `pages/<site>/<first two path segments, joined by _>.html`, falling back to
 * the first segment, then to `index.html`, each exact or lowercased (X handles
 * are case-insensitive); query and hash are ignored.
 * A test never reaches the real sites.
 */
export interface FixtureServer {
  port: number;
  /** Every URL requested, in order (to prove what the extension did or did not fetch). */
  requests: string[];
  close(): Promise<void>;
}

const SITE_OF_HOST: Record<string, string> = {
  'www.linkedin.com': 'linkedin',
  'x.com': 'x',
  'twitter.com': 'x',
};
/** The hosts the fixture server stands in for. */
export const SITE_HOSTS = Object.keys(SITE_OF_HOST);

export function pageFile(host: string, pathname: string): string | undefined {
  const site = SITE_OF_HOST[host];
  if (!site) return undefined;
  const segments = pathname
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  const candidates = [segments.slice(0, 2).join('_'), segments[0] ?? '', 'index'];
  for (const name of candidates.flatMap((c) => [c, c.toLowerCase()])) {
    if (!name || name.includes('..')) continue;
    const file = path.join(FIXTURES_DIR, 'pages', site, `${name}.html`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

export interface FixtureServerOptions {
  /**
   * Serve the demo of `npm start`: its start page and profiles first (see
   * demo-pages.ts), then the test pages, each with a banner saying it is a
   * demo page served from the repository.
   */
  demo?: boolean;
}

export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(makeCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    requests.push(url.href);
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file =
      (options.demo ? demoPageFile(host, url.pathname) : undefined) ?? pageFile(host, url.pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<title>Not found</title>');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(options.demo ? withDemoBanner(readFileSync(file, 'utf8')) : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
