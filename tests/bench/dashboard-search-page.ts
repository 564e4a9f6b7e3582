/**
 * Functions evaluated inside the dashboard page by `dashboard-search.bench.ts`
 * (serialised by Playwright: each uses only its own locals and arguments).
 */

/** Write `n` generated contacts into Guild's database with raw IndexedDB; resolves with the ms taken. */
export function generateContacts(n: number): Promise<number> {
  const first = [
    'Thomas',
    'Camille',
    'Inès',
    'Julien',
    'Sofia',
    'Marc',
    'Léa',
    'Hugo',
    'Chloé',
    'Louis',
    'Emma',
    'Nathan',
  ];
  const last = [
    'Nguyen',
    'Lefèvre',
    'Benali',
    'Moreau',
    'Rossi',
    'Martin',
    'Bernard',
    'Dubois',
    'Laurent',
    'Garcia',
  ];
  const companies = [
    'Qonto',
    'Doctolib',
    'Back Market',
    'Mistral AI',
    'Alan',
    'Datadog',
    'OVHcloud',
    'Criteo',
    'Swile',
  ];
  const roles = [
    'Frontend Engineer',
    'Staff Engineer',
    'Engineering Manager',
    'DevOps Engineer',
    'Data Scientist',
  ];
  const topics = [
    'rust',
    'react',
    'kubernetes',
    'typescript',
    'postgres',
    'design systems',
    'llm',
    'payments',
  ];
  const cities = ['Paris', 'Lyon', 'Nantes', 'Bordeaux', 'Lille', 'Berlin'];
  const circles = ['close', 'active', 'acquaintance', 'dormant'];
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('guild');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('contacts', 'readwrite');
      const store = tx.objectStore('contacts');
      const now = Date.now();
      for (let i = 0; i < n; i++) {
        const pick = <T>(list: T[], k: number) => list[(i * k + (i >> 3)) % list.length]!;
        const company = pick(companies, 7);
        const role = pick(roles, 3);
        const slug = `gen-${i}`;
        store.put({
          name: `${pick(first, 1)} ${pick(last, 5)} ${i}`,
          headline: `${role} at ${company} · ${pick(topics, 11)}, ${pick(topics, 13)}`,
          company,
          position: role,
          location: pick(cities, 17),
          profiles: [
            {
              site: 'linkedin',
              key: `linkedin:${slug}`,
              url: `https://www.linkedin.com/in/${slug}/`,
              handle: slug,
            },
          ],
          profileKeys: [`linkedin:${slug}`],
          circle: pick(circles, 19),
          tags: [pick(topics, 23)],
          interests: [pick(topics, 29)],
          projects: [],
          needs: [],
          offers: [],
          notes:
            i % 4 === 0
              ? `Met at a ${pick(topics, 31)} meetup in ${pick(cities, 37)}; follow up about hiring.`
              : '',
          communityIds: [],
          news: [],
          createdAt: now - (i % 1000) * 86_400_000,
          updatedAt: now,
          ...(i % 3 === 0 ? { lastInteractionAt: now - (i % 200) * 86_400_000 } : {}),
        });
      }
      tx.oncomplete = () => {
        db.close();
        resolve(performance.now() - start);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Type `query` letter by letter, then erase it, timing each step (see the bench's header). */
export async function measureKeystrokes(
  query: string,
): Promise<{ commit: number; frame: number; painted: number; count: string }[]> {
  const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
  const count = document.querySelector('[data-testid="contacts-count"]')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const steps = [
    ...Array.from(query, (_, i) => query.slice(0, i + 1)),
    ...Array.from(query, (_, i) => query.slice(0, query.length - i - 1)),
  ];
  const samples: { commit: number; frame: number; painted: number; count: string }[] = [];
  for (const text of steps) {
    // Let the previous frame go by, so each keystroke starts on a quiet page.
    await new Promise((r) => setTimeout(r, 50));
    const t0 = performance.now();
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
    const commit = performance.now() - t0;
    let frame = 0;
    // The rAF callback runs before the frame's style, layout and paint; a
    // message posted from it arrives after them: "painted".
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        frame = performance.now() - t0;
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      }),
    );
    samples.push({ commit, frame, painted: performance.now() - t0, count: count.textContent ?? '' });
  }
  return samples;
}
