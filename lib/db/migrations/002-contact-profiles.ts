import * as z from 'zod/mini';
import type { Transaction } from 'dexie';
import { ContactSchema, type Contact } from '../../schemas/contact';
import type { ProfileRef } from '../../profiles/site';
import { MigrationError, type MigrationProgress } from './migration-error';

/**
 * The contact as version 1 (the first vertical slice) stored it. Frozen here:
 * the live schema moves on, this one never changes.
 */
export const ContactV1Schema = z.object({
  id: z.number().check(z.int(), z.positive()),
  profileKey: z.string().check(z.regex(/^(linkedin|x):.+$/)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  headline: z.optional(z.string().check(z.maxLength(500))),
  profileUrl: z.url({ protocol: /^https$/ }),
  savedAt: z.number(),
});
export type ContactV1 = z.infer<typeof ContactV1Schema>;

function profileOf(v1: ContactV1): ProfileRef {
  const [site, ...rest] = v1.profileKey.split(':');
  // The stored URL and key are kept as they were: they are the user's data.
  return {
    site: site === 'x' ? 'x' : 'linkedin',
    key: v1.profileKey,
    url: v1.profileUrl,
    handle: rest.join(':'),
  };
}

/**
 * Step 2, pure: one v1 contact → the v2 contact (profiles list, circle,
 * empty lists, created/updated times from `savedAt`).
 */
export function migrateContactV1(v1: ContactV1): Contact {
  const profile = profileOf(v1);
  const savedAt = Math.max(0, Math.round(v1.savedAt));
  return ContactSchema.parse({
    id: v1.id,
    name: v1.name,
    ...(v1.headline !== undefined && { headline: v1.headline }),
    profiles: [profile],
    profileKeys: [profile.key],
    circle: 'acquaintance',
    tags: [],
    interests: [],
    projects: [],
    needs: [],
    offers: [],
    notes: '',
    communityIds: [],
    createdAt: savedAt,
    updatedAt: savedAt,
    news: [],
  });
}

/**
 * Step 2 inside Dexie's upgrade transaction, rewritten in pages of 500 by
 * primary key (bounded memory, progress to report). A record that cannot be
 * read throws, which aborts the transaction: data and version stay as they were.
 */
export async function upgradeTo2(
  tx: Transaction,
  onProgress?: (p: MigrationProgress) => void,
): Promise<void> {
  const table = tx.table<unknown, number>('contacts');
  const total = await table.count();
  let done = 0;
  let after = 0;
  for (;;) {
    const page = await table.where(':id').above(after).limit(PAGE).toArray();
    if (page.length === 0) break;
    const rewritten = page.map((record) => {
      const parsed = ContactV1Schema.safeParse(record);
      if (!parsed.success) {
        const id = (record as { id?: unknown } | null)?.id;
        throw new MigrationError(
          2,
          `contact ${String(id)} could not be read: ${z.prettifyError(parsed.error)}`,
        );
      }
      return migrateContactV1(parsed.data);
    });
    await table.bulkPut(rewritten);
    done += page.length;
    after = rewritten[rewritten.length - 1]?.id ?? after;
    onProgress?.({ version: 2, done, total });
  }
}

const PAGE = 500;
