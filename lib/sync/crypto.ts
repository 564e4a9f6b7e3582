/**
 * End-to-end encryption of synced records, with WebCrypto only.
 *
 * Key derivation: PBKDF2-SHA-256, 600,000 iterations (OWASP's 2023 figure for
 * PBKDF2-SHA-256), 16-byte random salt. Memory-hard KDFs (Argon2id, scrypt)
 * are not in WebCrypto; shipping one as WebAssembly would need
 * `'wasm-unsafe-eval'` in the extension's CSP, which Guild keeps strict. The
 * 512 derived bits are split in two keys: AES-GCM-256 for the records, and
 * HMAC-SHA-256 for their ids on the server (a keyed hash, so the server can
 * neither read an id nor test a guess without the passphrase).
 */

export const KDF_NAME = 'PBKDF2-SHA-256';
export const DEFAULT_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface SyncKeys {
  encrypt: CryptoKey;
  mac: CryptoKey;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Base64 (standard alphabet) of bytes, in chunks so large records do not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function randomSalt(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

/** The two keys of a passphrase and salt (slow on purpose: about a second). */
export async function deriveKeys(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations = DEFAULT_ITERATIONS,
): Promise<SyncKeys> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 512),
  );
  const [encrypt, mac] = await Promise.all([
    crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']),
    crypto.subtle.importKey('raw', bits.slice(32), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
  ]);
  return { encrypt, mac };
}

/**
 * Encrypt a JSON value. `context` (the document's id) is authenticated with
 * it, so the server cannot move a ciphertext under another id unnoticed.
 * Returns base64 of IV ‖ ciphertext.
 */
export async function seal(keys: SyncKeys, context: string, value: unknown): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
      keys.encrypt,
      encoder.encode(JSON.stringify(value)),
    ),
  );
  const out = new Uint8Array(IV_BYTES + cipher.length);
  out.set(iv);
  out.set(cipher, IV_BYTES);
  return toBase64(out);
}

/** Thrown when a ciphertext does not open with these keys (wrong passphrase, or tampered). */
export class DecryptError extends Error {
  constructor() {
    super('The record does not decrypt with this passphrase.');
    this.name = 'DecryptError';
  }
}

/** Decrypt what `seal` made under the same `context`; the JSON is returned unparsed by any schema. */
export async function open(keys: SyncKeys, context: string, sealed: string): Promise<unknown> {
  try {
    const bytes = fromBase64(sealed);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.slice(0, IV_BYTES), additionalData: encoder.encode(context) },
      keys.encrypt,
      bytes.slice(IV_BYTES),
    );
    return JSON.parse(decoder.decode(plain)) as unknown;
  } catch {
    throw new DecryptError();
  }
}

/** The server-side id of a record: HMAC of its table and sync id, hex. */
export async function serverId(keys: SyncKeys, table: string, syncId: string): Promise<string> {
  const mac = new Uint8Array(
    await crypto.subtle.sign('HMAC', keys.mac, encoder.encode(`${table}\n${syncId}`)),
  );
  return 'r' + Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
}
