import { describe, expect, test } from 'vitest';
import { buildContact } from '@/lib/db';
import { duplicateCandidates, sameText } from '@/lib/search';

const profile = (slug: string) => ({
  site: 'linkedin' as const,
  key: `linkedin:${slug}`,
  handle: slug,
  url: `https://www.linkedin.com/in/${slug}/`,
});
const make = (id: number, fields: Parameters<typeof buildContact>[0]) => ({ ...buildContact(fields, 0), id });

describe('duplicate suggestions', () => {
  const me = make(1, { name: 'Inès Benali', company: 'Benali Conseil', profiles: [profile('ines')] });

  test('same profile key, or same name and company (case, accents and spaces ignored)', () => {
    const others = [
      me,
      make(2, { name: 'Someone Else', profiles: [profile('ines')] }),
      make(3, { name: 'ines  BENALI', company: 'benali conseil' }),
      make(4, { name: 'Inès Benali', company: 'Other Co' }),
      make(5, { name: 'Inès Benali' }),
    ];
    expect(duplicateCandidates(me, others).map((d) => [d.contact.id, d.reason])).toEqual([
      [2, 'profile'],
      [3, 'name-company'],
    ]);
  });

  test('two people without a company are not duplicates by name alone', () => {
    const a = make(1, { name: 'Jane Doe' });
    expect(duplicateCandidates(a, [make(2, { name: 'Jane Doe' })])).toEqual([]);
    expect(sameText('', '')).toBe(false);
  });
});
