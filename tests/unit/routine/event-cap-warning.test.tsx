import { beforeEach, describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import { TZDate } from '@date-fns/tz';
import { getDb, updateSettings } from '@/lib/db';
import { EventCapWarning } from '@/components/routine/EventCapWarning';

const db = getDb();
const day = (d: number) => new TZDate(2026, 10, d, 19, 0, 'Europe/Paris').getTime();

describe('EventCapWarning', () => {
  beforeEach(async () => {
    await Promise.all([db.events.clear(), db.settings.clear()]);
    await updateSettings(db, { timeZone: 'Europe/Paris' });
    await db.events.bulkAdd(
      [3, 10, 17].map((d) => ({
        name: `Meetup ${d}`,
        date: day(d),
        format: 'in-person' as const,
        contactIds: [],
      })),
    );
  });

  test('warns when planning a fourth event in the month', async () => {
    render(<EventCapWarning date={day(24)} />);
    expect((await screen.findByRole('status')).textContent).toBe(
      'This would be networking event 4 this month; your limit is 3.',
    );
  });

  test('says nothing for an event already counted, or with a higher cap', async () => {
    const [first] = await db.events.toArray();
    const { container } = render(<EventCapWarning date={day(24)} eventId={first!.id!} />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(container.textContent).toBe('');
    await updateSettings(db, { monthlyEventCap: 4 });
    const other = render(<EventCapWarning date={day(25)} />);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(other.container.textContent).toBe('');
  });
});
