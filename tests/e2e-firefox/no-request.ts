import { expect } from 'vitest';
import type { FirefoxGuild } from '../harness/firefox';
import { isFirefoxOwnHost } from '../harness/firefox-proxy';

/**
 * Nothing left Guild's pages, by three independent witnesses:
 * - WebDriver BiDi saw no request from an extension page to anything but the extension;
 * - the proxy (every connection Firefox opens, the event page's included) saw
 *   tunnels only to the fixture hosts, besides Firefox's own services;
 * - the fixture server was asked only for the pages the test opened.
 */
export function expectNoRequestLeft(guild: FirefoxGuild, opened: string[]): void {
  expect(guild.extensionRequests).toEqual([]);
  const outside = guild.proxy.connections.filter((c) => {
    const host =
      c
        .replace(/^CONNECT /, '')
        .replace(/^[A-Z]+ https?:\/\//, '')
        .split(/[:/]/)[0] ?? '';
    return !['www.linkedin.com', 'x.com', 'twitter.com'].includes(host) && !isFirefoxOwnHost(host);
  });
  expect(outside).toEqual([]);
  const paths = guild.server.requests.map((u) => new URL(u).pathname);
  expect(paths.filter((path) => ![...opened, '/favicon.ico'].includes(path))).toEqual([]);
}
