import * as z from 'zod/mini';
import {
  DEFAULT_ITERATIONS,
  DecryptError,
  deriveKeys,
  fromBase64,
  KDF_NAME,
  open,
  randomSalt,
  seal,
  toBase64,
  type SyncKeys,
} from './crypto';
import type { Transport } from './transport';

/**
 * The one server document that is not a record: the KDF's salt and
 * iterations (not secret: every device needs them to derive the same keys),
 * and a known value sealed with the key, so a device can tell a wrong
 * passphrase before it reads or writes anything.
 */
export const KEY_CHECK_ID = 'guild-key-check';
const KNOWN_VALUE = 'guild-key-check-v1';

const KeyCheckSchema = z.object({
  kdf: z.literal(KDF_NAME),
  iterations: z.number().check(z.int(), z.positive(), z.lte(10_000_000)),
  salt: z.string(),
  check: z.string(),
});

export type Unlock =
  { ok: true; keys: SyncKeys; created: boolean } | { ok: false; reason: 'wrong-passphrase' | 'invalid' };

/**
 * Derive the keys for this server's database from the passphrase. On a
 * database without a key check (the first device), create it; otherwise the
 * passphrase must open it. Writes nothing else.
 */
export async function unlock(
  transport: Transport,
  passphrase: string,
  iterations = DEFAULT_ITERATIONS,
): Promise<Unlock> {
  await transport.ensureDatabase();
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const stored = await transport.getDoc(KEY_CHECK_ID);
    if (stored) {
      const parsed = KeyCheckSchema.safeParse(stored);
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      const keys = await deriveKeys(passphrase, fromBase64(parsed.data.salt), parsed.data.iterations);
      try {
        if ((await open(keys, KEY_CHECK_ID, parsed.data.check)) !== KNOWN_VALUE)
          return { ok: false, reason: 'invalid' };
      } catch (error) {
        if (error instanceof DecryptError) return { ok: false, reason: 'wrong-passphrase' };
        throw error;
      }
      return { ok: true, keys, created: false };
    }
    const salt = randomSalt();
    const keys = await deriveKeys(passphrase, salt, iterations);
    const written = await transport.putDoc({
      _id: KEY_CHECK_ID,
      kdf: KDF_NAME,
      iterations,
      salt: toBase64(salt),
      check: await seal(keys, KEY_CHECK_ID, KNOWN_VALUE),
    });
    if (written.ok) return { ok: true, keys, created: true };
    // Another device created it at the same moment: check against theirs.
  }
  return { ok: false, reason: 'invalid' };
}
