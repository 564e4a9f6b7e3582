import * as z from 'zod/mini';
import { ProfileRefSchema } from '../profiles/site';
import { ProfileSnapshotSchema } from '../profiles/snapshot';
import { httpsUrl, idSchema, labels, line, MAX_LABELS, prose, timeSchema } from './common';

/** A contact's limits, for code that combines lists or notes (merge, news) and must cut to them. */
export { MAX_LABELS };
/** Longest notes. */
export const MAX_NOTES = 20_000;
/** Most pieces of news kept (the latest). */
export const MAX_NEWS = 50;

/** How close a person is; each circle has a default keep-in-touch cadence. */
export const CircleSchema = z.enum(['close', 'active', 'acquaintance', 'dormant']);
export type Circle = z.infer<typeof CircleSchema>;

/** Something noticed on a saved person's profile since the last visit (new job, new headline). */
export const NewsSchema = z.object({
  field: z.enum(['headline', 'company', 'position']),
  from: z.optional(prose(500)),
  to: z.optional(prose(500)),
  noticedAt: timeSchema,
  /** Set when the user has seen it in the panel. */
  seenAt: z.optional(timeSchema),
});
export type News = z.infer<typeof NewsSchema>;

/** The fields Guild reads from a profile, which the user may correct. */
export const READ_FIELDS = ['name', 'headline', 'company', 'position', 'location'] as const;
export const ReadFieldSchema = z.enum(READ_FIELDS);
export type ReadField = z.infer<typeof ReadFieldSchema>;

/**
 * A person in the address book. One person's LinkedIn and X are one record:
 * `profiles` lists them and `profileKeys` (derived, unique multi-entry index)
 * makes "never a second contact for the same profile" the database's rule.
 */
export const ContactSchema = z.object({
  id: z.optional(idSchema),
  name: line(200),
  headline: z.optional(prose(500)),
  company: z.optional(prose(200)),
  position: z.optional(prose(200)),
  location: z.optional(prose(200)),
  avatarUrl: z.optional(httpsUrl),
  email: z.optional(prose(320)),
  profiles: z.array(ProfileRefSchema).check(z.maxLength(10)),
  /** Derived from `profiles` (the keys), kept for the unique multi-entry index. */
  profileKeys: z.array(z.string()).check(z.maxLength(10)),
  circle: CircleSchema,
  tags: labels,
  /** Interests and topics they care about (matched against resources' tags). */
  interests: labels,
  /** Their projects, in their words. */
  projects: labels,
  /** What they need / what they offer (matched to suggest introductions). */
  needs: labels,
  offers: labels,
  howWeMet: z.optional(
    z.object({
      eventId: z.optional(idSchema),
      date: z.optional(timeSchema),
      context: z.optional(prose(500)),
    }),
  ),
  notes: prose(MAX_NOTES),
  /** Ids of the communities they belong to. */
  communityIds: z.array(idSchema),
  /** Overrides the circle's keep-in-touch cadence, in days. */
  cadenceDays: z.optional(z.number().check(z.int(), z.positive(), z.lte(3650))),
  /** Connected on LinkedIn (from the connections export, or marked by the user). */
  connectedOn: z.optional(timeSchema),
  createdAt: timeSchema,
  updatedAt: timeSchema,
  lastInteractionAt: z.optional(timeSchema),
  /** Last time the Monday routine "checked" this person. */
  lastCheckedAt: z.optional(timeSchema),
  /**
   * The read fields the user set by hand: a later read of their profile never
   * overwrites them (it still lands in `lastSnapshot`, so news compares reads
   * with reads). Absent on contacts saved before corrections existed.
   */
  corrected: z.optional(z.array(ReadFieldSchema).check(z.maxLength(READ_FIELDS.length))),
  /** The last snapshot read from one of their profiles (to notice news). */
  lastSnapshot: z.optional(ProfileSnapshotSchema),
  news: z.array(NewsSchema).check(z.maxLength(MAX_NEWS)),
});
export type Contact = z.infer<typeof ContactSchema>;
