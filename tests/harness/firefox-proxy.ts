import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { SITE_HOSTS } from './fixture-server';

/**
 * The only way out of the test Firefox: its proxy prefs point every HTTP and
 * HTTPS connection here, whichever context opens it (a tab, an extension
 * page, the extension's event page, Firefox itself). Tunnels to the fixture
 * hosts go to the fixture server; anything else is refused. Each connection
 * is logged, so a test can prove what left the browser — including requests
 * WebDriver BiDi cannot see (the event page is no browsing context).
 * A proxy instead of port 443 + `network.dns.localDomains`: no root needed.
 */
export interface FirefoxProxy {
  port: number;
  /** `CONNECT host:port` for HTTPS, `GET http://…` for plain HTTP, in order. */
  connections: string[];
  close(): Promise<void>;
}

export async function startFirefoxProxy(fixturePort: number): Promise<FirefoxProxy> {
  const connections: string[] = [];
  const server: Server = createServer((req, res) => {
    connections.push(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket, head) => {
    const target = req.url ?? '';
    connections.push(`CONNECT ${target}`);
    const [host, port] = target.split(':');
    if (!SITE_HOSTS.includes(host ?? '') || port !== '443') {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Hosts Firefox itself calls (remote settings, add-on blocklist, telemetry); never a page's or Guild's. */
export function isFirefoxOwnHost(host: string): boolean {
  return /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|dummy\.test)$/.test(host);
}
