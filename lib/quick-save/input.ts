import * as z from 'zod/mini';

const optionalText = (max: number) =>
  z.optional(
    z.pipe(
      z.string(),
      z.transform((value) => {
        const text = value.trim();
        return text ? text.slice(0, max) : undefined;
      }),
    ),
  );

/**
 * What the user typed in the quick-save form, parsed at the boundary: every
 * field trimmed, empty fields dropped, only "where" required.
 */
export const QuickSaveInputSchema = z.object({
  /** An event or a context ("Paris.js", "hallway at DevFest", "video call"). */
  where: z.pipe(
    z.string().check(z.trim(), z.minLength(1)),
    z.transform((s) => s.slice(0, 200)),
  ),
  topic: optionalText(500),
  /** Their project, in their words. */
  project: optionalText(200),
  /** What the user promised: a resource, an introduction, a review… */
  promised: optionalText(500),
  nextStep: optionalText(500),
  /** When the next step is due (the user picks it; 24 hours when not given). */
  nextStepDue: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type QuickSaveInput = z.infer<typeof QuickSaveInputSchema>;
