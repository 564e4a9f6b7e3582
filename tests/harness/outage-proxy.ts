import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP relay in front of a test server, to make the server unreachable and
 * reachable again without losing what it stores (pouchdb-server runs in
 * memory: stopping it would lose its data, which is not the outage to test).
 */
export interface OutageProxy {
  origin: string;
  /** Refuse connections and drop the open ones, as a server that went away. */
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startOutageProxy(targetPort: number, port = 0): Promise<OutageProxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let listenPort = port;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = connect(targetPort, '127.0.0.1');
        sockets.add(client).add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(listenPort, '127.0.0.1', () => {
        const address = server!.address();
        if (address && typeof address === 'object') listenPort = address.port;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server) return resolve();
      server.close(() => resolve());
      server = undefined;
    });

  await listen();
  return {
    get origin() {
      return `http://127.0.0.1:${listenPort}`;
    },
    cut: stop,
    restore: listen,
    close: stop,
  };
}
