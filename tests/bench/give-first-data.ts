import type { Contact } from '../../lib/schemas/contact';
import type { Interaction } from '../../lib/schemas/interaction';
import type { Opportunity, Resource } from '../../lib/schemas/library';

/**
 * A synthetic address book for the give-first benchmark: seeded, so every run
 * measures the same data. Tags follow a skewed (Zipf-like) distribution, as in
 * real life: "react" and "javascript" are everywhere, "elixir" is rare. That
 * is the hard case for the index, whose lists for common tags get long.
 */
const BASE = (
  'react javascript typescript node python rust go java kotlin swift vue angular svelte next css html ' +
  'accessibility performance security testing devops kubernetes docker aws gcp azure terraform postgres ' +
  'mysql mongodb redis kafka graphql rest grpc microservices architecture design-systems ux mobile ios ' +
  'android flutter elixir erlang haskell scala clojure ruby rails php laravel symfony django flask ' +
  'machine-learning data-engineering llm ai observability sre hiring management mentoring open-source ' +
  'webassembly web3 blockchain embedded iot gamedev unity rust-async compilers databases search ' +
  'elasticsearch spark airflow dbt analytics product startup freelance speaking writing leadership'
).split(' ');
const QUALIFIERS = ['', '', '', ' performance', ' testing', ' at scale', ' migration', ' best practices'];

export function rng(seed: number): () => number {
  // mulberry32: tiny, fast, good enough for test data.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

export function generate(seed: number, contactCount: number, resourceCount: number, now: number) {
  const r = rng(seed);
  // Zipf-ish: index ~ floor(n * u^2) favours the first tags.
  const tag = () => {
    const base = BASE[Math.floor(BASE.length * r() * r())]!;
    return base + QUALIFIERS[Math.floor(r() * QUALIFIERS.length)]!;
  };
  const some = (n: number) => Array.from({ length: n }, tag);
  const contacts: Contact[] = [];
  for (let id = 1; id <= contactCount; id++) {
    contacts.push({
      id,
      name: `Person ${id}`,
      profiles: [],
      profileKeys: [],
      circle: (['close', 'active', 'acquaintance', 'dormant'] as const)[id % 4]!,
      tags: some(1),
      interests: some(1 + Math.floor(r() * 4)),
      projects: r() < 0.5 ? [`${tag()} platform`] : [],
      needs: some(Math.floor(r() * 3)),
      offers: some(Math.floor(r() * 3)),
      notes: '',
      communityIds: [],
      createdAt: now - 400 * DAY,
      updatedAt: now - 10 * DAY,
      lastInteractionAt: now - Math.floor(r() * 200) * DAY,
      news: r() < 0.05 ? [{ field: 'position', to: 'Staff engineer', noticedAt: now - 3 * DAY }] : [],
    });
  }
  const resources: Resource[] = [];
  for (let id = 1; id <= resourceCount; id++) {
    resources.push({
      id,
      url: `https://example.org/${id}`,
      title: `Resource ${id}`,
      tags: some(3),
      addedAt: now,
    });
  }
  const opportunities: Opportunity[] = [];
  for (let id = 1; id <= 500; id++) {
    opportunities.push({
      id,
      kind: 'job',
      title: `Opportunity ${id}`,
      date: now - 30 * DAY,
      status: (['open', 'taken', 'passed', 'closed'] as const)[id % 4]!,
      tags: some(2),
    });
  }
  /** A plausible history for one person: a few conversations, gifts both ways, maybe a challenge. */
  const historyOf = (contactId: number): Interaction[] =>
    Array.from({ length: 8 }, (_, i) => ({
      id: contactId * 10 + i,
      contactId,
      kind: (
        [
          'conversation',
          'gave',
          'received',
          'challenge',
          'introduced',
          'message',
          'success',
          'reviewed',
        ] as const
      )[i]!,
      date: now - Math.floor(r() * 120) * DAY,
      topic: tag(),
      otherContactId: i === 4 ? 1 + Math.floor(r() * contactCount) : undefined,
    }));
  return { contacts, resources, opportunities, historyOf };
}
