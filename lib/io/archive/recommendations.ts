import { columnsOf, newTally, noteBadDate, type FileTally } from './columns';
import { parseLinkedInTime } from '../dates';
import { nameOfCell, type PersonRef } from './people';

/** A recommendation the user gave (`me`) or received (`them`), with its text (public on the profile). */
export interface RecommendationFact {
  person: PersonRef;
  by: 'me' | 'them';
  at: number;
  text: string;
}

/**
 * `Recommendations_Received.csv` / `_Given.csv` (FORMATS.md §5): no URL,
 * the person is a name (last names may carry credentials) and a company.
 */
export class RecommendationsReader {
  readonly tally: FileTally = newTally();
  readonly facts: RecommendationFact[] = [];
  private columns?: ReturnType<typeof columnsOf>;

  constructor(
    private readonly file: string,
    private readonly by: 'me' | 'them',
  ) {}

  record(record: string[]): void {
    if (!this.columns) {
      this.columns = columnsOf(this.file, record, ['first name', 'last name', 'creation date']);
      return;
    }
    const get = this.columns.cells(record);
    this.tally.rows += 1;
    const at = parseLinkedInTime(get('creation date'));
    if (at === undefined) return noteBadDate(this.tally, get('creation date'));
    const name = nameOfCell(`${get('first name')} ${get('last name')}`);
    if (!name) return;
    const company = get('company') || undefined;
    this.facts.push({ person: { name, company }, by: this.by, at, text: get('text').slice(0, 5000) });
    this.tally.used += 1;
  }
}
