import { describe, expect, test } from 'vitest';
import {
  DecryptError,
  DEFAULT_ITERATIONS,
  deriveKeys,
  fromBase64,
  open,
  randomSalt,
  seal,
  serverId,
  toBase64,
} from '@/lib/sync/crypto';

// The real iteration count costs ~1 s per derivation; the maths is the same with fewer.
const FAST = 1_000;

describe('sync encryption', () => {
  test('the default key derivation is PBKDF2 with at least 600,000 iterations', () => {
    expect(DEFAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  test('a record sealed with a passphrase opens with the same passphrase and salt', async () => {
    const salt = randomSalt();
    const keys = await deriveKeys('correct horse battery staple', salt, FAST);
    const record = { name: 'Ada Lovelace', notes: 'Met at RustConf — promised an intro', n: [1, 2] };
    const sealed = await seal(keys, 'rabc', record);
    const again = await deriveKeys('correct horse battery staple', fromBase64(toBase64(salt)), FAST);
    expect(await open(again, 'rabc', sealed)).toEqual(record);
  });

  test('the ciphertext shows none of the text, and two seals of the same record differ', async () => {
    const keys = await deriveKeys('pass', randomSalt(), FAST);
    const a = await seal(keys, 'rabc', { name: 'Ada Lovelace' });
    const b = await seal(keys, 'rabc', { name: 'Ada Lovelace' });
    expect(a).not.toBe(b);
    expect(atob(a)).not.toContain('Ada');
  });

  test('a wrong passphrase, another salt or another document id does not open it', async () => {
    const salt = randomSalt();
    const keys = await deriveKeys('right', salt, FAST);
    const sealed = await seal(keys, 'rabc', { name: 'Ada' });
    await expect(open(await deriveKeys('wrong', salt, FAST), 'rabc', sealed)).rejects.toBeInstanceOf(
      DecryptError,
    );
    await expect(open(await deriveKeys('right', randomSalt(), FAST), 'rabc', sealed)).rejects.toBeInstanceOf(
      DecryptError,
    );
    await expect(open(keys, 'rother', sealed)).rejects.toBeInstanceOf(DecryptError);
  });

  test('server ids are keyed hashes: stable for one key, unrelated across keys, never the id itself', async () => {
    const salt = randomSalt();
    const keys = await deriveKeys('right', salt, FAST);
    const id = await serverId(keys, 'contacts', 'profile:linkedin:ada-lovelace');
    expect(id).toMatch(/^r[0-9a-f]{64}$/);
    expect(await serverId(keys, 'contacts', 'profile:linkedin:ada-lovelace')).toBe(id);
    expect(await serverId(keys, 'tasks', 'profile:linkedin:ada-lovelace')).not.toBe(id);
    expect(
      await serverId(await deriveKeys('other', salt, FAST), 'contacts', 'profile:linkedin:ada-lovelace'),
    ).not.toBe(id);
  });
});
