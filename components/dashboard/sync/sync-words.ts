import type { MessageKey } from '@/lib/i18n';
import type { SyncErrorCode } from '@/lib/sync';

/** The words for each sync failure (the status line and the setup form). */
export const ERROR_WORDS: Record<SyncErrorCode | 'invalid', MessageKey> = {
  'wrong-passphrase': 'syncErrorWrongPassphrase',
  invalid: 'syncErrorInvalid',
  unauthorized: 'syncErrorUnauthorized',
  unreachable: 'syncErrorUnreachable',
  'server-full': 'syncErrorServerFull',
  'server-error': 'syncErrorServer',
};

/** Shortest passphrase accepted (the KDF slows guessing; length is what makes it hard). */
export const MIN_PASSPHRASE = 12;

// The hosts the CSP and the optional host permissions admit over plain HTTP (wxt.config.ts).
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/**
 * The database URL as typed, checked: HTTPS anywhere, plain HTTP only on this
 * computer (the CSP admits nothing else, and the server password must not
 * cross a network in clear). Returns the normalised URL, or undefined.
 */
export function checkDatabaseUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure || url.username || url.password || url.search || url.hash) return undefined;
  if (url.pathname.replace(/\/+$/, '') === '') return undefined; // a database, not the server root
  return url;
}

/** The host-permission pattern for a database URL's origin. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}
