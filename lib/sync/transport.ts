import * as z from 'zod/mini';
import type { SyncErrorCode } from './local-state';

/**
 * The only code in Guild that makes a network request: a minimal client for
 * the CouchDB HTTP API (database creation, `_changes`, `_bulk_docs`, single
 * documents), talking to the one database the user configured. It sends and
 * receives only what lib/sync/replicate.ts hands it: encrypted documents.
 */

export interface ServerConfig {
  /** The database's URL, e.g. https://couch.example.com/guild. */
  url: string;
  user: string;
  password: string;
}

/** A failed request, with a code the UI turns into words. */
export class SyncHttpError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly status?: number,
  ) {
    super(`sync request failed: ${code}${status !== undefined ? ` (${status})` : ''}`);
    this.name = 'SyncHttpError';
  }
}

/** A stored document as the server returns it. */
export const ServerDocSchema = z.looseObject({ _id: z.string(), _rev: z.string() });
export type ServerDoc = z.infer<typeof ServerDocSchema>;

const ChangesSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      deleted: z.optional(z.boolean()),
      doc: z.optional(z.nullable(ServerDocSchema)),
    }),
  ),
  last_seq: z.union([z.string(), z.number()]),
});
export type ChangesPage = z.infer<typeof ChangesSchema>;

const BulkResultSchema = z.array(
  z.object({
    id: z.string(),
    ok: z.optional(z.boolean()),
    rev: z.optional(z.string()),
    error: z.optional(z.string()),
  }),
);
export type BulkResult = z.infer<typeof BulkResultSchema>;

function codeOf(status: number): SyncErrorCode {
  if (status === 401 || status === 403) return 'unauthorized';
  // 413: a body over the server's limit; 507: out of space (CouchDB and proxies).
  if (status === 413 || status === 507) return 'server-full';
  return 'server-error';
}

export interface Transport {
  /** Create the database when it does not exist yet. */
  ensureDatabase(): Promise<void>;
  getDoc(id: string): Promise<ServerDoc | undefined>;
  putDoc(doc: Record<string, unknown>): Promise<{ ok: true; rev: string } | { ok: false; conflict: true }>;
  changes(since: string, limit: number): Promise<ChangesPage>;
  bulkDocs(docs: Record<string, unknown>[]): Promise<BulkResult>;
  /** The server's origin (for the host permission and the tests' request watcher). */
  readonly origin: string;
}

/** A transport for one configured database; `fetchImpl` is for tests only. */
export function createTransport(config: ServerConfig, fetchImpl: typeof fetch = fetch): Transport {
  const base = config.url.replace(/\/+$/, '');
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (config.user !== '') {
    const bytes = new TextEncoder().encode(`${config.user}:${config.password}`);
    headers.Authorization = `Basic ${btoa(String.fromCharCode(...bytes))}`;
  }

  async function request(method: string, path: string, body?: unknown, okStatuses: number[] = []) {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        method,
        headers,
        credentials: 'omit',
        cache: 'no-store',
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
    } catch {
      throw new SyncHttpError('unreachable');
    }
    if (!response.ok && !okStatuses.includes(response.status)) {
      throw new SyncHttpError(codeOf(response.status), response.status);
    }
    return response;
  }

  async function json<S extends z.ZodMiniType>(schema: S, response: Response): Promise<z.infer<S>> {
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new SyncHttpError('server-error', response.status);
    return parsed.data;
  }

  return {
    origin: new URL(base).origin,
    async ensureDatabase() {
      const found = await request('GET', '', undefined, [404]);
      if (found.status !== 404) return;
      await request('PUT', '', undefined, [412]); // 412: created meanwhile by another device
    },
    async getDoc(id) {
      const response = await request('GET', `/${encodeURIComponent(id)}`, undefined, [404]);
      return response.status === 404 ? undefined : json(ServerDocSchema, response);
    },
    async putDoc(doc) {
      const response = await request('PUT', `/${encodeURIComponent(String(doc._id))}`, doc, [409]);
      if (response.status === 409) return { ok: false, conflict: true };
      const { rev } = await json(z.object({ rev: z.string() }), response);
      return { ok: true, rev };
    },
    async changes(since, limit) {
      const query = new URLSearchParams({ since, limit: String(limit), include_docs: 'true' });
      return json(ChangesSchema, await request('GET', `/_changes?${query}`));
    },
    async bulkDocs(docs) {
      return json(BulkResultSchema, await request('POST', '/_bulk_docs', { docs }));
    },
  };
}
