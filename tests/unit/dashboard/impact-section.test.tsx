import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { buildContact, getDb } from '@/lib/db';
import { loadLanguage, setLanguage, type Language } from '@/lib/i18n';
import { clearSharedDb } from '../helpers';
import { parseRoute } from '@/components/dashboard/router';
import { ImpactSection } from '@/components/dashboard/sections/ImpactSection';

const db = getDb();
const DAY = 86_400_000;
/** Six SVG charts per render are slow in happy-dom, more so on a busy machine. */
const SLOW = { timeout: 15_000 };

// Six recharts SVGs per render are slow in happy-dom.
describe('Impact section', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await clearSharedDb();
  });
  afterEach(() => setLanguage('en'));

  /** A first LinkedIn archive import: years of messages, no routine sitting, no event, no timed conversation. */
  async function importedArchiveOnly() {
    const now = Date.now();
    const ana = (await db.contacts.add(buildContact({ name: 'Ana Lima' }, now))) as number;
    for (const days of [900, 400, 30]) {
      await db.interactions.add({
        contactId: ana,
        kind: 'message',
        direction: 'received',
        date: now - days * DAY,
      });
    }
  }

  test.each<[Language, RegExp, RegExp]>([
    ['en', /^Too early to judge: Guild has not logged any time invested yet/, /call for at least 0|Not yet/],
    ['fr', /^Trop tôt pour juger : Guild n’a encore noté aucun temps investi/, /au moins 0|Pas encore/],
  ])(
    'day one after an archive import (%s): too early to judge, never "the hours call for at least 0"',
    async (language, tooEarly, judged) => {
      await loadLanguage(language);
      setLanguage(language);
      await importedArchiveOnly();
      render(<ImpactSection route={parseRoute('#/impact')} />);
      const verdict = (await screen.findByText(tooEarly, undefined, SLOW)).closest('section')!;
      expect(verdict.getAttribute('data-verdict')).toBe('too-early');
      expect(within(verdict).queryByText(judged)).toBeNull();
      expect(within(verdict).queryByRole('list')).toBeNull();
    },
  );

  test('a new user sees how Impact fills in, and the rule', async () => {
    render(<ImpactSection route={parseRoute('#/impact')} />);
    expect(await screen.findByText(/Nothing to measure yet/, undefined, SLOW)).toBeTruthy();
    expect(screen.getByText(/Too early to judge: months of data so far: 0; months to go: 6/)).toBeTruthy();
    expect(
      screen.getByText(/at least one return \(an opportunity or help received\) for every 5 hours/),
    ).toBeTruthy();
    // No empty charts: each says there is not enough data yet.
    expect(screen.getAllByText(/^Not enough data yet/).length).toBeGreaterThanOrEqual(5);
    expect(document.querySelector('.recharts-wrapper')).toBeNull();
  });

  test('counts an opportunity, charts it with a table alternative, and names one-sided relationships', async () => {
    const now = Date.now();
    const ana = (await db.contacts.add(
      buildContact({ name: 'Ana Lima', circle: 'close' }, now - DAY),
    )) as number;
    await db.opportunities.add({
      kind: 'job',
      date: now - 1000,
      sourceContactId: ana,
      status: 'open',
      tags: [],
    });
    await db.routineSessions.add({ day: 'monday', startedAt: now - 2000, minutes: 90, actions: [] });
    render(<ImpactSection route={parseRoute('#/impact')} />);
    expect(
      await screen.findByText('Opportunities over the last 12 months: 1.', undefined, SLOW),
    ).toBeTruthy();
    expect(screen.getByText('Hours invested over the last 12 months: 1.5.')).toBeTruthy();
    const chart = screen.getByRole('img', { name: 'Opportunities by kind' });
    expect(chart.getAttribute('aria-describedby')).toBe('chart-opportunities-summary');
    const table = screen.getAllByRole('table', { name: 'Opportunities by kind' })[0]!;
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(13);
    expect(within(rows[12]!).getAllByRole('cell')[0]!.textContent).toBe('1');
    const unbalanced = screen.getByRole('table', { name: 'The most one-sided relationships' });
    expect(within(unbalanced).getByRole('link', { name: 'Ana Lima' }).getAttribute('href')).toBe(
      `#/contacts/${ana}`,
    );
    expect(within(unbalanced).getByText('You receive more')).toBeTruthy();
    expect(screen.getByText('In your close circle today: 1.')).toBeTruthy();
  });

  test('after six months, the verdict with its figures', async () => {
    const now = Date.now();
    await db.routineSessions.add({ day: 'monday', startedAt: now - 200 * DAY, minutes: 10, actions: [] });
    await db.routineSessions.add({ day: 'monday', startedAt: now - 10 * DAY, minutes: 600, actions: [] });
    render(<ImpactSection route={parseRoute('#/impact')} />);
    expect(await screen.findByText('Not yet — time to change strategy.', undefined, SLOW)).toBeTruthy();
    expect(screen.getByText('Opportunities in the last 6 months: 0')).toBeTruthy();
    expect(screen.getByText('Hours invested: 10')).toBeTruthy();
    expect(screen.getByText('Returns: 0; the hours call for at least 2')).toBeTruthy();
    await db.opportunities.add({ kind: 'freelance', date: now - DAY, status: 'taken', tags: [] });
    await db.interactions.add({ contactId: 1, kind: 'received', date: now - DAY });
    expect(await screen.findByText('Yes — your networking is paying off.', undefined, SLOW)).toBeTruthy();
  });
});
