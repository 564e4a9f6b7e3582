import { buildContact } from '../../lib/db/new-contact';
import { LATEST_VERSION } from '../../lib/db/versions';

/**
 * Issue 15's big restore: `n` full contacts with ids, each with a LinkedIn
 * profile, tags and a 600-character note (32,000 of them make a 34 MB
 * backup). Shared by the restore e2e and the restore benchmark.
 */
export function bigBackupContacts(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    ...buildContact(
      {
        name: `Person ${i}`,
        company: `Company ${i % 500}`,
        headline: 'Software engineer · TypeScript, Rust',
        tags: ['dev', 'rust'],
        notes: `Met at meetup ${i}; `.padEnd(600, 'follow up about the talk, the slides and the repo. '),
        profiles: [
          {
            site: 'linkedin' as const,
            key: `linkedin:person-${i}`,
            url: `https://www.linkedin.com/in/person-${i}/`,
            handle: `person-${i}`,
          },
        ],
      },
      1_700_000_000_000 + i,
    ),
    id: i + 1,
  }));
}

/** Those contacts as the text of a Guild backup file. */
export function bigBackupText(contacts: ReturnType<typeof bigBackupContacts>): string {
  return JSON.stringify({
    format: 'guild-backup',
    formatVersion: 1,
    databaseVersion: LATEST_VERSION,
    exportedAt: 1_700_000_000_000,
    tables: { contacts },
  });
}
