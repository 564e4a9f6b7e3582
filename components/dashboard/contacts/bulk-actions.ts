import { deleteContacts, restoreDeleted, type GuildDatabase } from '@/lib/db';
import { line } from '@/lib/schemas/common';
import type { Circle } from '@/lib/schemas/contact';

/** Takes a bulk action back. */
export type Undo = () => Promise<void>;

/** A tag as the schema accepts it (trimmed, 1–100 characters), or undefined. */
export function validTag(text: string): string | undefined {
  return line(100).safeParse(text.trim()).data;
}

/** Add a tag to many people in one transaction; undo removes it from those who did not have it. */
export async function addTag(
  db: GuildDatabase,
  ids: readonly number[],
  tag: string,
  now = Date.now(),
): Promise<Undo> {
  const added: number[] = [];
  await db.contacts
    .where(':id')
    .anyOf([...ids])
    .modify((c) => {
      if (c.tags.includes(tag) || c.tags.length >= 100) return false;
      c.tags = [...c.tags, tag];
      c.updatedAt = now;
      added.push(c.id!);
    });
  return async () => {
    await db.contacts
      .where(':id')
      .anyOf(added)
      .modify((c) => {
        c.tags = c.tags.filter((x) => x !== tag);
      });
  };
}

/** Move many people to a circle; undo puts each back in the circle they were in. */
export async function setCircle(
  db: GuildDatabase,
  ids: readonly number[],
  circle: Circle,
  now = Date.now(),
): Promise<Undo> {
  const before = new Map<number, Circle>();
  await db.contacts
    .where(':id')
    .anyOf([...ids])
    .modify((c) => {
      if (c.circle === circle) return false;
      before.set(c.id!, c.circle);
      c.circle = circle;
      c.updatedAt = now;
    });
  return async () => {
    await db.contacts
      .where(':id')
      .anyOf([...before.keys()])
      .modify((c) => {
        c.circle = before.get(c.id!) ?? c.circle;
      });
  };
}

/** Delete many people (each with their history) in one transaction; undo restores every one exactly. */
export async function deleteMany(db: GuildDatabase, ids: readonly number[]): Promise<Undo> {
  const deleted = await deleteContacts(db, ids);
  return () => restoreDeleted(db, deleted);
}
