import * as z from 'zod/mini';

export const SiteSchema = z.enum(['linkedin', 'x']);
export type Site = z.infer<typeof SiteSchema>;

/** One person's identity on one site: `linkedin:<slug>` or `x:<handle>`. */
export const ProfileRefSchema = z.object({
  site: SiteSchema,
  /** Canonical key, e.g. `linkedin:jane-doe` or `x:janedoe`. */
  key: z.string().check(z.regex(/^(linkedin|x):.+$/)),
  /** Canonical profile URL. */
  url: z.url({ protocol: /^https$/ }),
  /** The slug (LinkedIn, percent-decoded) or handle (X), lowercased: the key without its site. */
  handle: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type ProfileRef = z.infer<typeof ProfileRefSchema>;
