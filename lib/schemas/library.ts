import * as z from 'zod/mini';
import { idSchema, labels, line, prose, timeSchema, webUrl } from './common';

/** Something worth sharing. */
export const ResourceSchema = z.object({
  id: z.optional(idSchema),
  url: webUrl,
  title: line(300),
  tags: labels,
  note: z.optional(prose(2000)),
  addedAt: timeSchema,
});
export type Resource = z.infer<typeof ResourceSchema>;

/** A networking event, past or planned. */
export const EventSchema = z.object({
  id: z.optional(idSchema),
  name: line(200),
  date: timeSchema,
  place: z.optional(prose(300)),
  link: z.optional(webUrl),
  format: z.enum(['in-person', 'virtual', 'hybrid']),
  /** People met there. */
  contactIds: z.array(idSchema),
  notes: z.optional(prose(5000)),
});
export type NetworkEvent = z.infer<typeof EventSchema>;

/** What the network brought. */
export const OpportunitySchema = z.object({
  id: z.optional(idSchema),
  kind: z.enum(['job', 'freelance', 'speaking', 'mentoring', 'partnership', 'learning', 'other']),
  title: z.optional(prose(300)),
  sourceContactId: z.optional(idSchema),
  date: timeSchema,
  valueNote: z.optional(prose(2000)),
  /** `passed`: the user is not taking it (give-first may recommend someone for it). */
  status: z.enum(['open', 'taken', 'passed', 'closed']),
  tags: labels,
});
export type Opportunity = z.infer<typeof OpportunitySchema>;

export const CommunityPhaseSchema = z.enum(['observe', 'participate', 'contribute', 'lead']);
export type CommunityPhase = z.infer<typeof CommunityPhaseSchema>;

/** A community the user belongs to, and where they are in it. */
export const CommunitySchema = z.object({
  id: z.optional(idSchema),
  name: line(200),
  platform: z.enum(['discord', 'slack', 'meetup', 'forum', 'association', 'github', 'other']),
  link: z.optional(webUrl),
  phase: CommunityPhaseSchema,
  /** When each phase began (the current one last). */
  phaseHistory: z.array(z.object({ phase: CommunityPhaseSchema, since: timeSchema })).check(z.minLength(1)),
  /** Checklist items of the current phase the user ticked (by index in the guide's list). */
  doneActions: z.array(prose(100)),
});
export type Community = z.infer<typeof CommunitySchema>;

/** One sitting of the weekly routine. */
export const RoutineSessionSchema = z.object({
  id: z.optional(idSchema),
  day: z.enum(['monday', 'wednesday', 'friday', 'other']),
  startedAt: timeSchema,
  minutes: z.number().check(z.nonnegative(), z.lte(24 * 60)),
  actions: z.array(
    z.object({
      kind: z.enum(['checked', 'congratulated', 'helped', 'shared', 'followed-up', 'other']),
      contactId: z.optional(idSchema),
      at: timeSchema,
    }),
  ),
});
export type RoutineSession = z.infer<typeof RoutineSessionSchema>;

/** A message template, built-in (edited) or the user's own. */
export const SnippetSchema = z.object({
  id: z.optional(idSchema),
  /** Set when this edits a built-in template; restoring the built-in deletes the record. */
  builtinId: z.optional(prose(100)),
  language: z.enum(['en', 'fr']),
  kind: z.enum(['follow-up', 'opener', 'share', 'introduce', 'congratulate', 'review', 'custom']),
  title: line(200),
  body: z.string().check(z.minLength(1), z.maxLength(5000)),
  updatedAt: timeSchema,
});
export type Snippet = z.infer<typeof SnippetSchema>;
