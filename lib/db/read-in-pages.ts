import type { Table } from 'dexie';

/**
 * Read a whole table in pages of `pageSize` by primary key (`id`), calling
 * `onPage` after each: bounded work per step, so a caller can report progress
 * (or update an index) between pages. Works inside a transaction.
 */
export async function readInPages<T extends { id?: unknown }>(
  table: Pick<Table<T>, 'where'>,
  pageSize: number,
  onPage: (page: T[]) => void,
): Promise<void> {
  let after = 0;
  for (;;) {
    const page = await table.where(':id').above(after).limit(pageSize).toArray();
    if (page.length === 0) return;
    after = page[page.length - 1]!.id as number;
    onPage(page);
  }
}
