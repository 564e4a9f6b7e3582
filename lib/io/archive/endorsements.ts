import { columnsOf, newTally, noteBadDate, type FileTally } from './columns';
import { parseLinkedInTime } from '../dates';
import { dayOf } from './dates';
import { nameOfCell, profileOfCell, refKey, type PersonRef } from './people';

/** Skills endorsed one day, by the user (`me`) or for the user (`them`). */
export interface EndorsementFact {
  person: PersonRef;
  by: 'me' | 'them';
  day: string;
  /** The day's latest endorsement. */
  at: number;
  skills: string[];
}

/**
 * `Endorsement_Received_Info.csv` / `Endorsement_Given_Info.csv` (FORMATS.md
 * §6): one row per skill, so five skills endorsed at once are five rows;
 * they become one fact per person and day. Before 2023 there is no URL.
 */
export class EndorsementsReader {
  readonly tally: FileTally = newTally();
  private readonly byKey = new Map<string, EndorsementFact>();
  private columns?: ReturnType<typeof columnsOf>;
  private readonly role: 'endorser' | 'endorsee';

  constructor(
    private readonly file: string,
    private readonly by: 'me' | 'them',
  ) {
    this.role = by === 'me' ? 'endorsee' : 'endorser';
  }

  record(record: string[]): void {
    const role = this.role;
    if (!this.columns) {
      this.columns = columnsOf(this.file, record, [
        'endorsement date',
        'skill name',
        `${role} first name`,
        `${role} last name`,
      ]);
      return;
    }
    const get = this.columns.cells(record);
    this.tally.rows += 1;
    const at = parseLinkedInTime(get('endorsement date'));
    if (at === undefined) return noteBadDate(this.tally, get('endorsement date'));
    const person = {
      profile: profileOfCell(get(`${role} public url`)),
      name: nameOfCell(`${get(`${role} first name`)} ${get(`${role} last name`)}`),
    };
    const skill = get('skill name').slice(0, 100);
    if ((!person.profile && !person.name) || !skill) return;
    const day = dayOf(at);
    const key = `${refKey(person)}|${day}`;
    const fact = this.byKey.get(key);
    if (!fact) this.byKey.set(key, { person, by: this.by, day, at, skills: [skill] });
    else {
      fact.at = Math.max(fact.at, at);
      if (!fact.skills.includes(skill)) fact.skills.push(skill);
    }
    this.tally.used += 1;
  }

  get facts(): EndorsementFact[] {
    return [...this.byKey.values()];
  }
}
