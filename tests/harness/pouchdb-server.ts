import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './paths';

/**
 * A real CouchDB replication peer for the sync tests: `pouchdb-server` (a
 * devDependency) in memory on loopback, started and stopped by the test
 * itself. It runs in a temporary folder because it writes `config.json` and
 * `log.txt` into its working directory.
 */
export interface CouchPeer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  port: number;
  /** Stop the server (its data is gone: in memory). */
  stop(): Promise<void>;
  /** Every document of one database, as stored (to search for leaks). */
  allDocs(db: string): Promise<Record<string, unknown>[]>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitUntilUp(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`pouchdb-server did not answer on ${origin} within ${timeoutMs} ms`);
}

/** Start pouchdb-server in memory (on `port` when given: a restart keeps the same origin, not the data). */
export async function startCouchPeer(port?: number): Promise<CouchPeer> {
  const chosen = port ?? (await freePort());
  const cwd = mkdtempSync(path.join(tmpdir(), 'guild-couch-'));
  const bin = path.join(ROOT, 'node_modules', '.bin', 'pouchdb-server');
  const child = spawn(bin, ['--in-memory', '--port', String(chosen), '--host', '127.0.0.1'], {
    cwd,
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${chosen}`;
  await waitUntilUp(origin, child, 30_000);
  return {
    origin,
    port: chosen,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(cwd, { recursive: true, force: true });
    },
    async allDocs(db) {
      const response = await fetch(`${origin}/${db}/_all_docs?include_docs=true`);
      const body = (await response.json()) as { rows: { doc: Record<string, unknown> }[] };
      return body.rows.map((r) => r.doc);
    },
  };
}
