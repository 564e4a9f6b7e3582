/**
 * The same operations as Guild's repository functions, written with the raw
 * IndexedDB API: the baseline each Dexie figure is divided by. Runs in the
 * extension page, on the database Dexie created (same stores, same indexes).
 */

/** A request as a promise. */
export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A transaction's completion as a promise. */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Open an existing database at whatever version it has. */
export function openRaw(name: string): Promise<IDBDatabase> {
  return done(indexedDB.open(name));
}

/** Profile-key look-up through the unique multi-entry index. */
export function rawFindByProfileKey(db: IDBDatabase, key: string): Promise<unknown> {
  return done(db.transaction('contacts', 'readonly').objectStore('contacts').index('profileKeys').get(key));
}

/** Save a new contact unless one has the profile key already (what `saveFromSnapshot` does for a new person). */
export async function rawSaveContact(db: IDBDatabase, contact: { profileKeys: string[] }): Promise<void> {
  const tx = db.transaction('contacts', 'readwrite');
  const store = tx.objectStore('contacts');
  const existing = await done(store.index('profileKeys').get(contact.profileKeys[0]!));
  if (!existing) store.add(contact);
  await committed(tx);
}

/** Log an interaction: add it, move the contact's last-interaction date, close keep-in-touch tasks. */
export async function rawLogInteraction(
  db: IDBDatabase,
  interaction: { contactId: number; date: number },
  now: number,
): Promise<void> {
  const tx = db.transaction(['contacts', 'interactions', 'tasks'], 'readwrite');
  const contacts = tx.objectStore('contacts');
  const contact = await done(contacts.get(interaction.contactId));
  if (!contact) throw new Error(`contact ${interaction.contactId} does not exist`);
  tx.objectStore('interactions').add(interaction);
  if (contact.lastInteractionAt === undefined || interaction.date > contact.lastInteractionAt) {
    contacts.put({ ...contact, lastInteractionAt: interaction.date, updatedAt: now });
  }
  const cursorRequest = tx.objectStore('tasks').index('contactId').openCursor(interaction.contactId);
  await new Promise<void>((resolve, reject) => {
    cursorRequest.onerror = () => reject(cursorRequest.error);
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor) return resolve();
      const task = cursor.value as { kind: string; status: string };
      if (task.kind === 'keep-in-touch' && task.status === 'open') {
        cursor.update({ ...task, status: 'done', doneAt: now });
      }
      cursor.continue();
    };
  });
  await committed(tx);
}

/** Every contact, read by primary key in pages (as the dashboard's index loads them). */
export async function rawReadAll<T>(db: IDBDatabase, pageSize: number, each: (page: T[]) => void) {
  let after = 0;
  for (;;) {
    const store = db.transaction('contacts', 'readonly').objectStore('contacts');
    const page = (await done(store.getAll(IDBKeyRange.lowerBound(after, true), pageSize))) as (T & {
      id: number;
    })[];
    if (page.length === 0) return;
    each(page);
    after = page[page.length - 1]!.id;
  }
}

/** Count the records of a store. */
export function rawCount(db: IDBDatabase, store: string): Promise<number> {
  return done(db.transaction(store, 'readonly').objectStore(store).count());
}

/**
 * Writes done with raw IndexedDB: every record of `stores` (default the contacts) in database
 * `name`, read back, the stores emptied, then all put again in one transaction (timed).
 */
export async function rawRewrite(
  name: string,
  stores: readonly string[] = ['contacts'],
): Promise<{ records: number; ms: number }> {
  const db = await openRaw(name);
  try {
    const all = await Promise.all(
      stores.map((store) => done(db.transaction(store, 'readonly').objectStore(store).getAll())),
    );
    const clearing = db.transaction([...stores], 'readwrite');
    for (const store of stores) clearing.objectStore(store).clear();
    await committed(clearing);
    const t0 = performance.now();
    const tx = db.transaction([...stores], 'readwrite');
    stores.forEach((store, i) => {
      const objectStore = tx.objectStore(store);
      for (const record of all[i]!) objectStore.put(record);
    });
    await committed(tx);
    return { records: all.reduce((sum, records) => sum + records.length, 0), ms: performance.now() - t0 };
  } finally {
    db.close();
  }
}
