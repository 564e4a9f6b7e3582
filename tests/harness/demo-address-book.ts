import { profileFromUrl } from '../../lib/profiles/detect';
import { BACKUP_FORMAT_VERSION, BackupSchema, type Backup } from '../../lib/io/backup-schema';
import { LATEST_VERSION } from '../../lib/db/versions';
import { buildContact } from '../../lib/db/new-contact';
import type { Contact } from '../../lib/schemas/contact';
import { DAY_MS } from '../../lib/schemas/common';

type DemoContact = Partial<Contact> & Pick<Contact, 'name' | 'circle'> & { urls?: string[] };

const HOUR_MS = 3_600_000;

/**
 * The small address book of `npm start`'s demo, as a Guild backup file dated
 * around `now` (a follow-up due today, another tomorrow, someone not heard
 * from in a while), so the panel, the routine and give-first have something
 * to show. The demo restores it through the dashboard's own "Restore from a
 * backup file". People invented; some match the demo pages
 * (tests/harness/demo-pages.ts).
 */
export function demoAddressBook(now = Date.now()): Backup {
  const ago = (days: number) => now - days * DAY_MS;
  const people: DemoContact[] = [
    {
      name: 'Ada Lindqvist',
      urls: ['https://www.linkedin.com/in/ada-lindqvist/'],
      headline: 'Compiler engineer at Spotify · Rust, WebAssembly',
      company: 'Spotify',
      location: 'Stockholm, Sweden',
      circle: 'close',
      tags: ['speaker', 'rust'],
      interests: ['Rust', 'WebAssembly', 'performance'],
      projects: ['a WebAssembly GC proposal'],
      needs: ['reviewers for her RFC'],
      offers: ['Rust mentoring'],
      howWeMet: { context: 'RustConf Paris', date: ago(2) },
      lastInteractionAt: ago(2),
      notes: 'Prefers messages in the morning. Met her at the speaker dinner.',
    },
    {
      name: 'Bo Nakamura',
      urls: ['https://www.linkedin.com/in/bo-nakamura/'],
      headline: 'Staff engineer at Shopify · Ruby, performance',
      company: 'Shopify',
      location: 'Ottawa, Ontario, Canada',
      circle: 'active',
      tags: ['ruby'],
      interests: ['performance', 'Ruby'],
      lastInteractionAt: ago(45),
    },
    {
      name: 'Grace Hopper-Liu',
      urls: ['https://x.com/GraceCodes'],
      headline: 'Building accessible developer tools',
      circle: 'active',
      tags: ['a11y'],
      interests: ['accessibility', 'TypeScript'],
      needs: ['Rust mentoring'],
      lastInteractionAt: ago(20),
    },
    {
      name: 'Jonas Ek',
      urls: ['https://www.linkedin.com/in/jonas-ek/'],
      headline: 'Product manager at Klarna',
      company: 'Klarna',
      circle: 'acquaintance',
      howWeMet: { context: 'a Stockholm JS meetup', date: ago(60) },
      lastInteractionAt: ago(60),
    },
    {
      name: 'Mei Tanaka',
      urls: ['https://www.linkedin.com/in/mei-tanaka/'],
      headline: 'SRE at Mercari · Kubernetes',
      company: 'Mercari',
      circle: 'close',
      interests: ['Kubernetes', 'observability'],
      lastInteractionAt: ago(9),
    },
    {
      name: 'Élodie Martin',
      urls: ['https://www.linkedin.com/in/elodie-martin/'],
      headline: 'Développeuse front-end chez Alan',
      company: 'Alan',
      location: 'Paris',
      circle: 'active',
      interests: ['accessibility', 'design systems'],
      lastInteractionAt: ago(25),
    },
    {
      name: 'Olu Adeyemi',
      urls: ['https://x.com/oluwrites'],
      headline: 'Writes about developer careers',
      circle: 'dormant',
      interests: ['careers'],
    },
  ];

  const contacts = people.map(({ urls = [], ...person }, i) => {
    const profiles = urls.map((url) => {
      const ref = profileFromUrl(url);
      if (!ref) throw new Error(`demo: not a profile URL: ${url}`);
      return ref;
    });
    // Built as Guild builds a contact (every list empty unless given, the profile keys derived).
    return {
      ...buildContact({ createdAt: ago(90 - i), updatedAt: ago(2), ...person, profiles }, now),
      id: i + 1,
    };
  });
  const idOf = (name: string) => {
    const contact = contacts.find((c) => c.name === name);
    if (!contact) throw new Error(`demo: no contact named ${name}`);
    return contact.id;
  };

  const backup = {
    format: 'guild-backup',
    formatVersion: BACKUP_FORMAT_VERSION,
    databaseVersion: LATEST_VERSION,
    exportedAt: now,
    tables: {
      contacts,
      events: [
        {
          id: 1,
          name: 'RustConf Paris',
          date: ago(2),
          place: 'Paris',
          format: 'in-person',
          contactIds: [idOf('Ada Lindqvist')],
        },
      ],
      interactions: [
        {
          id: 1,
          contactId: idOf('Ada Lindqvist'),
          kind: 'conversation',
          date: ago(2),
          channel: 'in-person',
          eventId: 1,
          topic: 'WebAssembly GC',
          promised: 'the INP article',
          notes: 'Met at RustConf Paris.',
        },
        {
          id: 2,
          contactId: idOf('Mei Tanaka'),
          kind: 'success',
          date: ago(3),
          notes: 'Gave a talk at KubeCon on observability budgets.',
        },
        {
          id: 3,
          contactId: idOf('Grace Hopper-Liu'),
          kind: 'message',
          date: ago(20),
          channel: 'x',
          topic: 'screen readers in code editors',
        },
        {
          id: 4,
          contactId: idOf('Bo Nakamura'),
          kind: 'call',
          date: ago(45),
          channel: 'video',
          topic: 'Ruby performance',
        },
      ],
      tasks: [
        {
          id: 1,
          kind: 'send-promised',
          contactId: idOf('Ada Lindqvist'),
          about: { what: 'send-promised', name: 'Ada Lindqvist', promised: 'the INP article' },
          due: now + 2 * HOUR_MS,
          status: 'open',
          origin: 'quick-save',
          interactionId: 1,
          createdAt: ago(2),
        },
        {
          id: 2,
          kind: 'follow-up',
          contactId: idOf('Grace Hopper-Liu'),
          title: 'Ask how the screen reader plugin went',
          due: now + DAY_MS,
          status: 'open',
          origin: 'manual',
          createdAt: ago(20),
        },
      ],
      resources: [
        {
          id: 1,
          url: 'https://web.dev/articles/optimize-inp',
          title: 'Optimize Interaction to Next Paint',
          tags: ['performance', 'web'],
          note: 'The clearest guide to INP I know, with real traces.',
          addedAt: ago(30),
        },
        {
          id: 2,
          url: 'https://www.w3.org/WAI/tutorials/forms/',
          title: 'W3C forms tutorial',
          tags: ['accessibility'],
          note: 'Short and practical: labels, grouping, errors.',
          addedAt: ago(15),
        },
      ],
      settings: [{ id: 'settings', myName: 'Sam Rivera', welcomeDoneAt: now }],
    },
  };
  // Checked like any backup file: a demo that drifts from the schema fails here, not in the browser.
  return BackupSchema.parse(backup);
}
