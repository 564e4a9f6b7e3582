/**
 * Give-first benchmark: one contact's suggestions among 100,000 contacts and
 * 10,000 resources. Run by hand with `npx vite-node tests/bench/give-first.bench.ts`
 * (Node). `npm run bench` runs the per-contact measurement in Chromium
 * (`in-page/give-first.ts`); this script also reports CPU time and
 * `rankContacts` over all contacts.
 * Prints the index build time, then median / p95 / max per contact over
 * `SAMPLES` contacts picked at random (seeded), after a warm-up.
 */
import { performance } from 'node:perf_hooks';
import { buildGiveFirstIndex, groupInteractions, rankContacts, suggestGiveFirst } from '../../lib/give-first';
import { defaultSettings } from '../../lib/schemas/settings';
import { generate, rng } from './give-first-data';

const CONTACTS = Number(process.env.CONTACTS ?? 100_000);
const RESOURCES = Number(process.env.RESOURCES ?? 10_000);
const SAMPLES = Number(process.env.SAMPLES ?? 2_000);
const NOW = Date.UTC(2026, 10, 20);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const data = generate(42, CONTACTS, RESOURCES, NOW);
const settings = defaultSettings();

const builds: number[] = [];
let index = buildGiveFirstIndex(data.contacts, data.resources, data.opportunities);
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  index = buildGiveFirstIndex(data.contacts, data.resources, data.opportunities);
  builds.push(performance.now() - t0);
}

const pick = rng(7);
const ids = Array.from({ length: SAMPLES }, () => 1 + Math.floor(pick() * CONTACTS));
// Histories are generated before timing: the engine gets them from the caller, loaded once.
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

// Wall time, and the process's CPU time: on a shared machine the scheduler can pause us mid-call, which
// inflates wall-time outliers but not CPU time (a shared-runner caveat, not the engine's cost).
const times: number[] = [];
const cpu: number[] = [];
let found = 0;
for (const id of ids) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const list = run(id);
  times.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
  if (list.length) found += 1;
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const ms = (n: number) => `${n.toFixed(3)} ms`;
console.log(
  `give-first, Node ${process.version}: ${CONTACTS} contacts, ${RESOURCES} resources, ${SAMPLES} samples`,
);
console.log(`index build: median of 3 = ${ms([...builds].sort((a, b) => a - b)[1]!)}`);
console.log(
  `per contact: median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, max ${ms(times[times.length - 1]!)}`,
);
console.log(`per contact, CPU time: median ${ms(percentile(cpu, 50))}, p95 ${ms(percentile(cpu, 95))}`);
console.log(`contacts with at least one suggestion: ${found}/${SAMPLES}`);

// The routines rank everyone at once: Friday asks for the best "share" per person.
const everyTenth = data.contacts.filter((c) => c.id! % 10 === 0).flatMap((c) => data.historyOf(c.id!));
const byContact = groupInteractions(everyTenth);
for (const kinds of [['share'], ['congratulate', 'help']] as const) {
  const t0 = performance.now();
  rankContacts({ index, interactionsByContact: byContact, settings, now: NOW, kinds });
  console.log(`rankContacts(${kinds.join('+')}) over all contacts: ${ms(performance.now() - t0)}`);
}
