import * as z from 'zod/mini';

/**
 * A saved person (schema version 1: the first vertical slice).
 * Stored records are parsed on the way in; types come from the schema.
 */
export const ContactSchema = z.object({
  id: z.optional(z.number().check(z.int(), z.positive())),
  /** Canonical profile key, `linkedin:<slug>` or `x:<handle>`; unique. */
  profileKey: z.string().check(z.regex(/^(linkedin|x):.+$/)),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  headline: z.optional(z.string().check(z.maxLength(500))),
  profileUrl: z.url({ protocol: /^https$/ }),
  savedAt: z.number(),
});
export type Contact = z.infer<typeof ContactSchema>;
