import { writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { readProfile } from '@/lib/profiles/read';
import { loadFixture } from '../helpers';
import { REAL_PAGES } from './real-truth';

const FIELDS = ['name', 'headline', 'company', 'position', 'location'] as const;

/**
 * Accuracy on real pages, field by field: a field is correct when the read
 * gives exactly the truth, or gives nothing where the page shows nothing.
 * `ACCURACY_OUT=<file>` writes the table (Markdown) for the issue's note.
 */
test('every field of every real page reads to its truth', () => {
  // The shared real pages (profiles-real/) apart, then every real page.
  const groups = [REAL_PAGES.filter((p) => p.fixture.startsWith('profiles-real/')), REAL_PAGES];
  const correct = groups.map(() => new Map<string, number>());
  const wrong: string[] = [];
  groups.forEach((pages, g) => {
    for (const page of pages) {
      const result = readProfile(loadFixture(page.fixture), page.url, 0);
      const got: Record<string, unknown> = result.ok ? result.snapshot : {};
      for (const field of FIELDS) {
        if (got[field] === page[field]) correct[g]!.set(field, (correct[g]!.get(field) ?? 0) + 1);
        else if (g === 1)
          wrong.push(
            `${page.fixture} ${field}: got ${JSON.stringify(got[field])}, truth ${JSON.stringify(page[field])}`,
          );
      }
    }
  });
  const table = [
    '| field | profiles-real/ (shared) | all real pages |',
    '| --- | --- | --- |',
    ...FIELDS.map(
      (f) =>
        `| ${f} | ${groups.map((pages, g) => `${correct[g]!.get(f) ?? 0} / ${pages.length}`).join(' | ')} |`,
    ),
  ].join('\n');
  if (process.env.ACCURACY_OUT) writeFileSync(process.env.ACCURACY_OUT, `${table}\n\n${wrong.join('\n')}\n`);
  expect(wrong).toEqual([]);
}, 120_000);
