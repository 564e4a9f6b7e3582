import { describe, expect, test } from 'vitest';
import { readProfile, readWhenReady } from '@/lib/profiles/read';
import { shownOf, stillPrevious, type Shown } from '@/lib/profiles/shown';
import { loadFixture } from '../helpers';

/**
 * The identity gate on a layout whose page names nobody (no self-link, no
 * canonical URL, no JSON-LD): after in-app navigation, only what this tab
 * showed before tells the previous person from the new one.
 */

const NILS_URL = 'https://www.linkedin.com/in/nils-holm/';
const OONA_URL = 'https://www.linkedin.com/in/oona-berg/';
const page = () => loadFixture('pages/linkedin/in_nils-holm.html');

/** Whom the tab showed: Nils, read on his own URL. */
function nilsShown(): Shown {
  const result = readProfile(page(), NILS_URL);
  if (!result.ok) throw new Error('Nils could not be read');
  return shownOf(result.snapshot);
}

function showOona(doc: Document, part: 'title' | 'card') {
  if (part === 'title') {
    doc.title = '(4) Oona Berg | LinkedIn';
    return;
  }
  doc.querySelector('h1')!.textContent = 'Oona Berg';
  doc.querySelector('._a6s')!.textContent = 'Site reliability engineer at Wolt · Kubernetes';
  doc.querySelector('._g8h')!.textContent = 'Helsinki, Finland';
}

describe('a page that names nobody', () => {
  test('Nils reads on his own URL, from the title and the heading alone', () => {
    expect(readProfile(page(), NILS_URL)).toMatchObject({
      ok: true,
      snapshot: { name: 'Nils Holm', headline: 'Database engineer at Klarna · Postgres internals' },
    });
  });

  test("under Oona's URL, still showing Nils (title and heading agree): stale, never Nils", async () => {
    const previous = nilsShown();
    expect(readProfile(page(), OONA_URL, 1, previous)).toMatchObject({
      ok: false,
      reason: 'stale',
      profile: { key: 'linkedin:oona-berg' },
    });
    const result = await readWhenReady(page(), OONA_URL, 150, previous);
    expect(result).toMatchObject({ ok: false, reason: 'stale' });
  });

  test('waits for the page to show Oona, then reads her (title first, card later)', async () => {
    const doc = page();
    const started = performance.now();
    const pending = readWhenReady(doc, OONA_URL, 2000, nilsShown());
    setTimeout(() => showOona(doc, 'title'), 30);
    setTimeout(() => showOona(doc, 'card'), 80);
    const result = await pending;
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toMatchObject({
      ok: true,
      snapshot: {
        profile: { key: 'linkedin:oona-berg' },
        name: 'Oona Berg',
        headline: 'Site reliability engineer at Wolt · Kubernetes',
      },
    });
  });

  test('the card first, the title later: waits for both (a read at once takes the card, never the title)', async () => {
    const doc = page();
    showOona(doc, 'card');
    expect(readProfile(doc, OONA_URL, 1, nilsShown())).toMatchObject({
      ok: true,
      snapshot: { name: 'Oona Berg' },
    });
    const started = performance.now();
    const pending = readWhenReady(doc, OONA_URL, 2000, nilsShown());
    setTimeout(() => showOona(doc, 'title'), 100);
    expect(await pending).toMatchObject({ ok: true, snapshot: { name: 'Oona Berg' } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });

  test('the title first, the card later: a read at once is stale, never Nils', () => {
    const doc = page();
    showOona(doc, 'title');
    expect(readProfile(doc, OONA_URL, 1, nilsShown())).toMatchObject({ ok: false, reason: 'stale' });
  });

  test('a re-read of the same URL is not held back by its own person', async () => {
    const result = await readWhenReady(page(), NILS_URL, 2000, nilsShown());
    expect(result).toMatchObject({ ok: true, snapshot: { name: 'Nils Holm' } });
  });

  test('without a previous read (a fresh page), the agreeing title and heading are taken', async () => {
    expect(await readWhenReady(page(), NILS_URL, 100)).toMatchObject({ ok: true });
  });
});

describe('stillPrevious: two people may share a name', () => {
  const previous: Shown = { key: 'linkedin:a', name: 'Jane Doe', headline: 'Engineer at Alan' };
  test.each([
    [{ name: 'Jane Doe', headline: 'Engineer at Alan' }, true],
    [{ name: 'Jane Doe' }, true],
    [{ name: 'Jane Doe', headline: 'Designer at Qonto' }, false],
    [{ name: 'John Roe', headline: 'Engineer at Alan' }, false],
  ])('%o → %s', (read, expected) => {
    expect(stillPrevious(previous, 'linkedin:b', read)).toBe(expected);
    // Never for the same key: it is the same person, read again.
    expect(stillPrevious(previous, 'linkedin:a', read)).toBe(false);
  });
});
