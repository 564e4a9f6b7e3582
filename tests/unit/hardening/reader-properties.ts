import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readProfile } from '@/lib/profiles/read';
import { ReadResultSchema, type ReadResult } from '@/lib/profiles/snapshot';
import { DECOY, hostilePageArb, type HostilePage } from './hostile-page';
import { benignTwin, renderInert } from './inert-render';

/** Shared by the quick unit run and the long fuzz run; only the number of runs differs. */

/** Control, bidi and zero-width characters that must never leave the reader. */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff]/;

/** Every string inside a value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** Parse like the browser would (no script runs in happy-dom's DOMParser). */
export function parsePage(page: HostilePage): Document {
  return new DOMParser().parseFromString(page.html, 'text/html');
}

/** What must hold for any result the reader gives on a hostile page. */
export function checkReadResult(page: HostilePage, result: ReadResult): void {
  expect(ReadResultSchema.safeParse(result).success, JSON.stringify(result).slice(0, 300)).toBe(true);
  if (!result.ok) return;
  const { snapshot } = result;
  expect(snapshot.profile.url.startsWith('https://')).toBe(true);
  expect(snapshot.profile.handle.toLowerCase()).toBe(page.handle.toLowerCase());
  // Photos are loaded: https only. A website is only a link, given as the page shows it: http or https, never javascript:/data:.
  if (snapshot.avatarUrl !== undefined) expect(new URL(snapshot.avatarUrl).protocol).toBe('https:');
  if (snapshot.website !== undefined) expect(new URL(snapshot.website).protocol).toMatch(/^https?:$/);
  for (const [path, text] of strings(snapshot)) {
    expect(FORBIDDEN.test(text), `${path} holds a control or bidi character`).toBe(false);
    // The decoy JSON-LD describes someone else: none of it may be read as this person.
    expect(text.includes(DECOY), `${path} came from another person's JSON-LD`).toBe(false);
  }
  expect(snapshot.name.length).toBeLessThanOrEqual(200);
  expect(snapshot.headline?.length ?? 0).toBeLessThanOrEqual(500);
  if (snapshot.followers !== undefined) expect(Number.isSafeInteger(snapshot.followers)).toBe(true);
}

/** Read one page; a throw fails the property with the page that caused it. */
export function readHostile(page: HostilePage): ReadResult {
  let result: ReadResult | undefined;
  expect(() => {
    result = readProfile(parsePage(page), page.url, 1);
  }).not.toThrow();
  return result!;
}

/** The reader never throws, answers in the schema, and returns only https photos, http(s) websites and clean, capped text. */
export function readerSurvivesHostilePages(numRuns: number, seed?: number): { ok: number; failed: number } {
  const tally = { ok: 0, failed: 0 };
  fc.assert(
    fc.property(hostilePageArb, (page) => {
      const result = readHostile(page);
      checkReadResult(page, result);
      tally[result.ok ? 'ok' : 'failed'] += 1;
    }),
    { numRuns, ...(seed !== undefined && { seed }) },
  );
  return tally;
}

/**
 * The long fuzz run: 750 generated pages per file (tests/fuzz/hostile-pages*.fuzz.ts),
 * each file its own process, as one process reading 1,500 reached its 6 GB heap.
 */
export function hostilePagesLongRun(half: string): void {
  describe(`hostile profile pages (long runs, ${half} half)`, () => {
    test('750 generated pages: the reader never throws, answers in the schema, https photos, clean text', () => {
      const tally = readerSurvivesHostilePages(750);
      console.info('hostile pages (750):', tally);
      expect(tally.ok).toBeGreaterThan(50);
      expect(tally.failed).toBeGreaterThan(10);
    });
  });
}

/**
 * What the reader returns for a hostile page, rendered through the real side
 * panel (unsaved, and saved so the contact card shows it too), is inert:
 * no script, no handler, no markup of the page's own — the same elements as
 * for plain words.
 */
export async function panelRendersInert(numRuns: number, seed?: number): Promise<void> {
  await fc.assert(
    fc.asyncProperty(hostilePageArb, fc.boolean(), async (page, saved) => {
      const result = readHostile(page);
      const shape = await renderInert(page.url, result, saved);
      const expected = await renderInert(page.url, benignTwin(result), saved);
      expect(shape.filter((tag) => !expected.includes(tag))).toEqual([]);
    }),
    { numRuns, ...(seed !== undefined && { seed }) },
  );
}
