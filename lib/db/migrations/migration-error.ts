/** How far a long upgrade step has come (records rewritten out of the total). */
export interface MigrationProgress {
  version: number;
  done: number;
  total: number;
}

/** A migration step could not run; the upgrade was rolled back and the version not advanced. */
export class MigrationError extends Error {
  constructor(
    readonly version: number,
    detail: string,
  ) {
    super(`Upgrade to version ${version} failed: ${detail}`);
    this.name = 'MigrationError';
  }
}
