import { describe, expect, test } from 'vitest';
import { buildContact } from '@/lib/db';
import type { Contact } from '@/lib/schemas/contact';
import { buildPeopleIndex, candidatesFor, fitsFor } from '@/components/dashboard/resources/resource-fits';

const TOPICS = [
  'react',
  'rust',
  'go',
  'kubernetes',
  'postgres',
  'typescript',
  'python',
  'security',
  'design',
];

/** 100,000 people with two interests each and a project, spread over the topics (and 2,000 rare ones). */
function people(n: number): Contact[] {
  return Array.from({ length: n }, (_, i) => ({
    ...buildContact(
      {
        name: `Person ${i}`,
        interests: [`${TOPICS[i % TOPICS.length]} performance`, `topic${i % 2000}`],
        projects: [`${TOPICS[(i * 7) % TOPICS.length]} tooling`],
      },
      1,
    ),
    id: i + 1,
  }));
}

describe('who a resource fits, at 100,000 contacts', () => {
  test('the index is built once; each opened resource then costs milliseconds', () => {
    const contacts = people(100_000);
    let t = performance.now();
    const index = buildPeopleIndex(contacts);
    const buildMs = performance.now() - t;
    const resource = {
      id: 1,
      url: 'https://example.com',
      title: 'Fast React',
      tags: ['react', 'topic7'],
      addedAt: 1,
    };
    t = performance.now();
    const candidates = candidatesFor(resource, index);
    const fits = fitsFor(
      resource,
      candidates,
      () => [],
      { cadenceDays: { close: 14, active: 30, acquaintance: 90 } },
      Date.now(),
    );
    const perResourceMs = performance.now() - t;
    console.info(`people index: ${buildMs.toFixed(0)} ms; one resource: ${perResourceMs.toFixed(1)} ms`);
    expect(candidates).toHaveLength(40);
    // topic7 is rare and whole-label: those people come first.
    expect(fits[0]!.contact.interests).toContain('topic7');
    expect(fits.length).toBeGreaterThan(0);
    // Loose bounds: a shared 2-core machine; the point is "per resource, not per address book".
    expect(perResourceMs).toBeLessThan(500);
  }, 60_000);
});
