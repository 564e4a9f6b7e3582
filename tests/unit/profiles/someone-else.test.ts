import { expect, test } from 'vitest';
import { readProfile } from '@/lib/profiles/read';
import { loadFixture } from '../helpers';
import { CASES } from './fixture-cases';

/**
 * The heart of "never stale": every saved page, read under the URL of
 * someone else on the same site (what the reader meets right after in-app
 * navigation), must never come back as that someone with this page's data.
 */
test.each(CASES)('%s read under another person’s URL is never misread', (fixture, url) => {
  const other = url.includes('linkedin.com')
    ? 'https://www.linkedin.com/in/someone-else-entirely/'
    : 'https://x.com/someone_else';
  const result = readProfile(loadFixture(fixture), other);
  expect(result.ok).toBe(false);
  expect(result).toMatchObject({ reason: expect.stringMatching(/^(stale|unreadable|not-a-person)$/) });
});
