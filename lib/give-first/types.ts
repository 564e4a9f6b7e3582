import * as z from 'zod/mini';
import { idSchema } from '../schemas/common';

/** What the user can give: the guide's "networking by giving first" list. */
export const SuggestionKindSchema = z.enum([
  'share',
  'introduce',
  'review',
  'recommend',
  'congratulate',
  'help',
]);
export type SuggestionKind = z.infer<typeof SuggestionKindSchema>;

/**
 * One piece of a reason. A suggestion's sentence is its fit part, then the
 * strongest context part, so each language builds the same sentence from the
 * same facts (see `reason-text.ts`).
 */
export const ReasonPartSchema = z.object({
  code: z.enum([
    // why it fits
    'interest',
    'project',
    'topic',
    'they-need',
    'they-offer',
    'has-project',
    'stuck',
    'opportunity',
    'news',
    'success',
    'challenge',
    // why now
    'last-gave',
    'never-gave',
    'owe',
    'due',
  ]),
  /** The label, project, title or news text the part names. */
  label: z.optional(z.string()),
  /** Another person's name (introductions). */
  name: z.optional(z.string()),
  /** Days ago (last gift, last contact, when a success happened) or a count (owe). */
  n: z.optional(z.number()),
});
export type ReasonPart = z.infer<typeof ReasonPartSchema>;

/** What a suggestion points at, so the UI can fill a snippet and log what was given. */
export const SuggestionRefsSchema = z.object({
  resourceId: z.optional(idSchema),
  otherContactId: z.optional(idSchema),
  opportunityId: z.optional(idSchema),
  interactionId: z.optional(idSchema),
  project: z.optional(z.string()),
  /** The contact's label that matched (interest, project, need…). */
  matched: z.optional(z.string()),
  newsNoticedAt: z.optional(z.number()),
});
export type SuggestionRefs = z.infer<typeof SuggestionRefsSchema>;

/** One thing to give one person now, with a score and a reason. */
export const SuggestionSchema = z.object({
  /** Stable identity, e.g. `share:resource:12`; feedback states refer to it. */
  key: z.string(),
  contactId: idSchema,
  kind: SuggestionKindSchema,
  /** 0–100; see `ranking.ts` for the formula. */
  score: z.number(),
  /** 0–1: how well it fits the person, before timing. */
  fit: z.number(),
  refs: SuggestionRefsSchema,
  parts: z.array(ReasonPartSchema),
  reason: z.object({ en: z.string(), fr: z.string() }),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

/** A candidate before timing and reason text are added. */
export interface Candidate {
  key: string;
  kind: SuggestionKind;
  fit: number;
  refs: SuggestionRefs;
  fitPart: ReasonPart;
}
