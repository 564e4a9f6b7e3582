import { columnsOf, newTally, noteBadDate, type FileTally } from './columns';
import { parseLinkedInTime } from '../dates';
import { nameOfCell, profileOfCell, type PersonRef } from './people';

/** One invitation: who sent it (the user: `me`) and to or from whom. */
export interface InvitationFact {
  person: PersonRef;
  by: 'me' | 'them';
  sentAt: number;
}

/**
 * `Invitations.csv` (FORMATS.md §4): sent and received invitations of the
 * last months, accepted or not. Each row also tells who the user is: the
 * inviter of an OUTGOING row, the invitee of an INCOMING one.
 */
export class InvitationsReader {
  readonly tally: FileTally = newTally();
  readonly facts: InvitationFact[] = [];
  readonly owner: PersonRef[] = [];
  private columns?: ReturnType<typeof columnsOf>;

  constructor(private readonly file: string) {}

  record(record: string[]): void {
    if (!this.columns) {
      this.columns = columnsOf(this.file, record, ['from', 'to', 'sent at', 'direction']);
      return;
    }
    const get = this.columns.cells(record);
    this.tally.rows += 1;
    const direction = get('direction').toUpperCase();
    if (direction !== 'OUTGOING' && direction !== 'INCOMING') return;
    const sentAt = parseLinkedInTime(get('sent at'));
    if (sentAt === undefined) return noteBadDate(this.tally, get('sent at'));
    const inviter = { profile: profileOfCell(get('inviterprofileurl')), name: nameOfCell(get('from')) };
    const invitee = { profile: profileOfCell(get('inviteeprofileurl')), name: nameOfCell(get('to')) };
    const by = direction === 'OUTGOING' ? 'me' : 'them';
    const person = by === 'me' ? invitee : inviter;
    if (!person.profile && !person.name) return;
    this.owner.push(by === 'me' ? inviter : invitee);
    this.facts.push({ person, by, sentAt });
    this.tally.used += 1;
  }
}
