/**
 * The give-first measurement of `../give-first.bench.ts`, in Chromium: same
 * seeded data, same steps (index built once, then one contact's suggestions).
 */
import { buildGiveFirstIndex, suggestGiveFirst } from '../../../lib/give-first';
import { defaultSettings } from '../../../lib/schemas/settings';
import { generate, rng } from '../give-first-data';

const NOW = Date.UTC(2026, 10, 20);

export function giveFirst(contacts: number, resources: number, samples: number) {
  const data = generate(42, contacts, resources, NOW);
  const settings = defaultSettings();
  let t0 = performance.now();
  const index = buildGiveFirstIndex(data.contacts, data.resources, data.opportunities);
  const buildMs = performance.now() - t0;
  const pick = rng(7);
  const ids = Array.from({ length: samples }, () => 1 + Math.floor(pick() * contacts));
  const histories = new Map(ids.map((id) => [id, data.historyOf(id)]));
  const run = (id: number) =>
    suggestGiveFirst({
      contact: index.contacts.get(id)!,
      index,
      interactions: histories.get(id)!,
      settings,
      now: NOW,
    });
  for (const id of ids.slice(0, 200)) run(id);
  const times: number[] = [];
  let found = 0;
  for (const id of ids) {
    t0 = performance.now();
    const list = run(id);
    times.push(performance.now() - t0);
    if (list.length) found += 1;
  }
  return { buildMs, times, found };
}
