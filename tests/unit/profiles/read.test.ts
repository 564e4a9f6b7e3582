import { describe, expect, test } from 'vitest';
import { readProfile, readWhenReady } from '@/lib/profiles/read';
import { loadFixture } from '../helpers';

describe('reading the first-slice fixtures', () => {
  test('2026 logged-in LinkedIn page: name from the title, the rest from structure, the position from the headline', () => {
    const doc = loadFixture('pages/linkedin/in_camille-lefevre-dev.html');
    const result = readProfile(doc, 'https://www.linkedin.com/in/camille-lefevre-dev/', 5);
    expect(result).toEqual({
      ok: true,
      snapshot: {
        profile: {
          site: 'linkedin',
          key: 'linkedin:camille-lefevre-dev',
          url: 'https://www.linkedin.com/in/camille-lefevre-dev/',
          handle: 'camille-lefevre-dev',
        },
        name: 'Camille Lefèvre',
        headline: 'Senior Frontend Engineer at Doctolib · React performance, design systems',
        company: 'Doctolib',
        // The headline states the job ("… at Doctolib") and the company agrees with the card.
        position: 'Senior Frontend Engineer',
        location: 'Paris, Île-de-France, France',
        sources: {
          name: 'title',
          headline: 'structure',
          company: 'structure',
          position: 'headline',
          location: 'structure',
        },
        readAt: 5,
      },
    });
  });

  test('X page: JSON-LD first, then the header', () => {
    const doc = loadFixture('pages/x/taminomartinius.html');
    const result = readProfile(doc, 'https://x.com/TaminoMartinius', 5);
    expect(result.ok && result.snapshot).toMatchObject({
      profile: { key: 'x:taminomartinius', url: 'https://x.com/taminomartinius' },
      name: 'Tamino Martinius',
      headline: 'I speak code as Staff Engineer @ServiceNow',
      location: 'Berlin, Germany',
      website: 'https://tamino.dev/',
      followers: 986,
      sources: { name: 'json-ld', headline: 'json-ld', website: 'json-ld' },
    });
  });

  test('a page about someone else than the URL names is stale, not misread', () => {
    const doc = loadFixture('pages/linkedin/in_camille-lefevre-dev.html');
    expect(readProfile(doc, 'https://www.linkedin.com/in/someone-else/')).toMatchObject({
      ok: false,
      reason: 'stale',
      profile: { key: 'linkedin:someone-else' },
    });
  });

  test('a page that is not a profile is said so', () => {
    expect(readProfile(loadFixture('pages/linkedin/feed.html'), 'https://www.linkedin.com/feed/')).toEqual({
      ok: false,
      reason: 'not-a-profile',
    });
  });

  test('readWhenReady waits until the page shows the person the URL names', async () => {
    const doc = loadFixture('pages/linkedin/in_camille-lefevre-dev.html');
    const pending = readWhenReady(doc, 'https://www.linkedin.com/in/thomas-n/', 2000);
    setTimeout(() => {
      doc.title = 'Thomas Nguyen | LinkedIn';
      doc.querySelector('h1')!.textContent = 'Thomas Nguyen';
      doc
        .querySelector('a[aria-label="Contact info"]')!
        .setAttribute('href', '/in/thomas-n/overlay/contact-info/');
    }, 30);
    const result = await pending;
    expect(result.ok && result.snapshot.name).toBe('Thomas Nguyen');
  });
});
