import { describe, expect, test } from 'vitest';
import { noticeNews } from '@/lib/db/news';
import { snapshotOf } from '../helpers';

const URL = 'https://www.linkedin.com/in/amara-okafor/';
const before = snapshotOf(URL, {
  headline: 'Senior Engineer at Paystack',
  company: 'Paystack',
  position: 'Senior Engineer',
  sources: { name: 'title', headline: 'structure', company: 'structure', position: 'structure' },
});

describe('noticeNews', () => {
  test('a new job and a new headline are news, with what they were and are', () => {
    const after = {
      ...before,
      headline: 'Staff Engineer at Datadog',
      company: 'Datadog',
      position: 'Staff Software Engineer',
    };
    expect(noticeNews(before, after, 99)).toEqual([
      {
        field: 'headline',
        from: 'Senior Engineer at Paystack',
        to: 'Staff Engineer at Datadog',
        noticedAt: 99,
      },
      { field: 'company', from: 'Paystack', to: 'Datadog', noticedAt: 99 },
      { field: 'position', from: 'Senior Engineer', to: 'Staff Software Engineer', noticedAt: 99 },
    ]);
  });

  test('only the field that changed', () => {
    expect(noticeNews(before, { ...before, position: 'Principal Engineer' }, 1)).toEqual([
      { field: 'position', from: 'Senior Engineer', to: 'Principal Engineer', noticedAt: 1 },
    ]);
  });

  test('nothing changed, or only case, spacing and punctuation: no news', () => {
    expect(noticeNews(before, before, 1)).toEqual([]);
    expect(
      noticeNews(before, { ...before, headline: 'senior engineer at  paystack!', company: 'PAYSTACK' }, 1),
    ).toEqual([]);
  });

  test('a field not read this time or last time is not news', () => {
    expect(noticeNews(before, { ...before, company: undefined, headline: undefined }, 1)).toEqual([]);
    expect(noticeNews({ ...before, company: undefined }, { ...before, company: 'Datadog' }, 1)).toEqual([]);
  });

  test('a value that only looks different because another strategy read it is not news', () => {
    const fromJsonLd = {
      ...before,
      company: "Paystack - We're hiring",
      sources: { ...before.sources, company: 'json-ld' as const },
    };
    expect(noticeNews(before, fromJsonLd, 1)).toEqual([]);
    // The same strategy reading a longer name is a real change.
    expect(noticeNews(before, { ...before, company: 'Paystack Europe' }, 1)).toHaveLength(1);
  });

  test('no previous read, or a read of someone else: no news', () => {
    expect(noticeNews(undefined, before, 1)).toEqual([]);
    const other = snapshotOf('https://www.linkedin.com/in/ben-carter/', { company: 'Monzo' });
    expect(noticeNews(before, other, 1)).toEqual([]);
  });
});
