import type { ImportProblem, ProblemReason } from './report-schema';

// The shapes live beside their schemas (report-schema.ts), which only the archive's worker boundary
// loads: a schema is built when its module loads, and the panel and background carry none of these.
export type { FileFacts, ImportProblem, ProblemReason } from './report-schema';

/** A problem about the whole file, which refuses it. */
export const refusal = (reason: ProblemReason, detail = ''): ImportProblem => ({
  severity: 'refused',
  reason,
  detail,
});

/** The refusal among a file's problems, if the file was refused. */
export const refusalIn = (problems: readonly ImportProblem[]): ImportProblem | undefined =>
  problems.find((p) => p.severity === 'refused');
