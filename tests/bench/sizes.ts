import type { Section } from './report';

/** Figure 9, from `bundle-budget.mjs` (the CI budget) on the benchmark's build. */
export async function bundleSizes(): Promise<Section> {
  const { measure, BUDGETS_KB } = await import('./bundle-budget.mjs');
  const sizes = measure();
  return {
    title: '11. Bundle sizes',
    method:
      "`tests/bench/bundle-budget.mjs`'s `measure()` on this run's Chrome build: every script an HTML entry loads (its module entry and the chunks it imports, transitively), raw and gzip level 9. CI fails when an entry grows past its gzip budget; the side panel's 150 KB is the product's limit.",
    rows: Object.entries(sizes).map(([name, s]) => ({
      name: `${name} (gzip)`,
      n: 1,
      median: s.gzip / 1024,
      unit: 'KB',
      goal: `≤ ${BUDGETS_KB[name]} KB`,
      pass: s.gzip / 1024 <= BUDGETS_KB[name]!,
      detail: `${(s.raw / 1024).toFixed(1)} KB raw, ${s.files.length} files`,
      ifMissed: `${(s.gzip / 1024).toFixed(1)} KB gzip against ${BUDGETS_KB[name]} KB, over ${s.files.length} files: ${s.files.join(', ')}`,
    })),
  };
}
