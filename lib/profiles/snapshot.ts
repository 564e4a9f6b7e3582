import * as z from 'zod/mini';
import { ProfileRefSchema } from './site';

const text = (max: number) => z.optional(z.string().check(z.minLength(1), z.maxLength(max)));
const httpsUrl = z.optional(z.url({ protocol: /^https$/ }));
/** A person's website may be `http:` (the link the page shows); photos stay `https:`. */
const webUrl = z.optional(z.url({ protocol: /^https?$/ }));

/** Where a field came from, most stable first. */
export const StrategySchema = z.enum(['json-ld', 'title', 'structure', 'headline', 'meta', 'url']);
export type Strategy = z.infer<typeof StrategySchema>;

/** What the reader returns about the person on screen. */
export const ProfileSnapshotSchema = z.object({
  profile: ProfileRefSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  headline: text(500),
  company: text(200),
  position: text(200),
  location: text(200),
  avatarUrl: httpsUrl,
  website: webUrl,
  followers: z.optional(z.number().check(z.int(), z.nonnegative())),
  /** Which strategy gave each field (for debugging markup changes). */
  sources: z.record(z.string(), StrategySchema),
  readAt: z.number(),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshotSchema>;

/** The reader's answer: a snapshot, or a plain reason with what the URL alone tells. */
export const ReadResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), snapshot: ProfileSnapshotSchema }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['not-a-profile', 'not-a-person', 'unreadable', 'stale', 'no-access']),
    profile: z.optional(ProfileRefSchema),
    /** What went wrong, for the developer console; never shown as markup. */
    detail: z.optional(z.string().check(z.maxLength(500))),
  }),
]);
export type ReadResult = z.infer<typeof ReadResultSchema>;
