import { columnsOf, newTally, type FileTally } from './columns';
import { nameOfCell } from './people';

/** `Profile.csv`: one row, the user. Only the name is read, to recognise the user in old messages. */
export class ProfileReader {
  readonly tally: FileTally = newTally();
  name?: string;
  private columns?: ReturnType<typeof columnsOf>;

  constructor(private readonly file: string) {}

  record(record: string[]): void {
    if (!this.columns) {
      this.columns = columnsOf(this.file, record, ['first name', 'last name']);
      return;
    }
    const get = this.columns.cells(record);
    this.tally.rows += 1;
    this.name ??= nameOfCell(`${get('first name')} ${get('last name')}`);
    if (this.name) this.tally.used = 1;
  }
}
