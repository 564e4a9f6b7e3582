import type { ImportProblem } from '../report';

/** Why a whole archive was refused (nothing is written); the UI words each in its language. */
export type ArchiveRefusal =
  /** Not a ZIP, and not a CSV either. */
  | { code: 'not-zip' }
  /** A ZIP whose data cannot be read (damaged or cut-off download). */
  | { code: 'corrupt'; detail: string }
  /** A ZIP (or files) without any file of LinkedIn's archive. */
  | { code: 'not-linkedin' }
  /** A file of the archive whose columns are not the ones Guild knows (another year's format). */
  | { code: 'unknown-format'; file: string; missing: string[] }
  /** A file whose dates are all in a pattern Guild does not know. */
  | { code: 'unknown-dates'; file: string; sample: string }
  /** A quoted cell that never closes: the file was cut off. */
  | { code: 'cut-off'; file: string }
  /** Connections.csv refused by the connections import (its reason, worded by `problemText`). */
  | { code: 'file-refused'; file: string; problem: ImportProblem }
  /** Far larger than any real archive. */
  | { code: 'too-large'; megabytes: number };

/** Thrown while reading an archive; caught by the import, which writes nothing. */
export class ArchiveError extends Error {
  constructor(readonly refusal: ArchiveRefusal) {
    super(`LinkedIn archive refused: ${JSON.stringify(refusal)}`);
    this.name = 'ArchiveError';
  }
}
