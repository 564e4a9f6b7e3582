import { columnsOf, noteBadDate, newTally, type FileTally } from './columns';
import { parseLinkedInTime } from '../dates';
import { monthOf } from './dates';
import { nameOfCell, profileOfCell, refKey, type PersonRef } from './people';

/** Messages of one month between one sender and one set of recipients (message text is never kept). */
export interface MessageGroup {
  sender: number;
  recipients: number[];
  /** Said by the 2018 format's `Direction` column; later formats leave it to the owner's identity. */
  direction?: 'out' | 'in';
  month: string;
  count: number;
  last: number;
}

/**
 * Reads `messages.csv` row by row into monthly groups (FORMATS.md §3):
 * counterparts by `SENDER PROFILE URL` / `RECIPIENT PROFILE URLS` (never by
 * splitting `TO`, whose names hold commas), names only in old files. Spam,
 * drafts, sponsored conversations and LinkedIn's anonymous senders are
 * skipped. Which side is the user is settled later (`settleMessages`),
 * once every file has been read.
 */
export class MessagesReader {
  readonly tally: FileTally = newTally();
  readonly refs: PersonRef[] = [];
  private readonly ids = new Map<string, number>();
  private readonly groups = new Map<string, MessageGroup>();
  private columns?: ReturnType<typeof columnsOf>;
  /** How many counted rows name each person: the user is in (almost) all of them. */
  readonly rowsNaming = new Map<number, number>();
  rowsWithProfiles = 0;

  constructor(private readonly file: string) {}

  private idOf(ref: PersonRef): number {
    const key = refKey(ref);
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.refs.push(ref) - 1;
      this.ids.set(key, id);
    } else if (!this.refs[id]!.name && ref.name) this.refs[id] = { ...this.refs[id], name: ref.name };
    return id;
  }

  record(record: string[]): void {
    if (!this.columns) {
      this.columns = columnsOf(this.file, record, ['from', 'to', 'date']);
      return;
    }
    const get = this.columns.cells(record);
    this.tally.rows += 1;
    const folder = get('folder').toUpperCase();
    if (folder === 'SPAM' || /^yes$/i.test(get('is message draft'))) return;
    if (get('conversation title') === 'Sponsored Conversation') return;
    const dateText = get('date');
    const at = parseLinkedInTime(dateText);
    if (at === undefined) return noteBadDate(this.tally, dateText);

    const senderProfile = profileOfCell(get('sender profile url'));
    const senderName = nameOfCell(get('from'));
    // LinkedIn Member, an empty sender: sponsored mail or departed members, no one to credit.
    if (!senderProfile && !senderName) return;
    const sender = this.idOf({ profile: senderProfile, name: senderName });

    const recipientUrls = get('recipient profile urls')
      .split(',')
      .map(profileOfCell)
      .filter((p) => p !== undefined);
    const toName = nameOfCell(get('to'));
    const recipients = recipientUrls.length
      ? recipientUrls.map((profile) =>
          this.idOf({ profile, name: recipientUrls.length === 1 ? toName : undefined }),
        )
      : toName
        ? [this.idOf({ name: toName })]
        : [];
    const directionCell = get('direction').toUpperCase();
    const direction = directionCell === 'OUTGOING' ? 'out' : directionCell === 'INCOMING' ? 'in' : undefined;

    this.tally.used += 1;
    const named = new Set([sender, ...recipients]);
    if (senderProfile || recipientUrls.length) this.rowsWithProfiles += 1;
    for (const id of named) this.rowsNaming.set(id, (this.rowsNaming.get(id) ?? 0) + 1);

    const month = monthOf(at);
    const key = `${sender}|${recipients.join(',')}|${direction ?? ''}|${month}`;
    const group = this.groups.get(key);
    if (group) {
      group.count += 1;
      group.last = Math.max(group.last, at);
    } else this.groups.set(key, { sender, recipients, direction, month, count: 1, last: at });
  }

  allGroups(): MessageGroup[] {
    return [...this.groups.values()];
  }
}
