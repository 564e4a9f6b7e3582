import { buildContact } from '../../../lib/db/new-contact';
import { profileFromUrl } from '../../../lib/profiles/detect';

/** The benchmarks' address book: `n` contacts with a company, a headline, tags, a note on one in ten and a LinkedIn profile. */
export function benchContacts(n: number) {
  return Array.from({ length: n }, (_, i) =>
    buildContact(
      {
        name: `Person ${i}`,
        company: `Company ${i % 500}`,
        headline: 'Software engineer · TypeScript, Rust',
        tags: i % 3 ? ['dev'] : ['dev', 'rust'],
        notes: i % 10 ? '' : 'Met at a meetup; follow up about the talk.',
        profiles: [profileFromUrl(`https://www.linkedin.com/in/person-${i}`)!],
      },
      1_700_000_000_000 + i,
    ),
  );
}
