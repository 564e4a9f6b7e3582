import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { median, p95 } from './stats';

/** One figure: a measured value, its goal and whether it was met. */
export interface Row {
  name: string;
  /** Samples behind the median and p95 (1 = a single measurement). */
  n: number;
  median: number;
  p95?: number;
  unit: string;
  goal?: string;
  pass?: boolean;
  /** Shown beside the figure: a ratio, a count, the raw IndexedDB baseline… */
  detail?: string;
  /**
   * Printed only on a miss: what this run measured around it (a breakdown, the
   * long tasks, the raw baseline), built from the run's numbers. Never a
   * prewritten diagnosis: the code moves on and a sentence written in advance
   * goes stale. Without one, the miss is listed with its detail alone.
   */
  ifMissed?: string;
}

export interface Section {
  title: string;
  method: string;
  rows: Row[];
}

/** A row from samples (median and p95 over them). */
export function row(name: string, samples: readonly number[], unit: string, extra: Partial<Row> = {}): Row {
  return { name, n: samples.length, median: median(samples), p95: p95(samples), unit, ...extra };
}

function format(value: number | undefined, unit: string): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  const digits = unit === '×' ? 2 : Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${unit}`.trim();
}

function verdict(r: Row): string {
  if (r.pass === undefined) return '';
  return r.pass ? 'pass' : '**miss**';
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  chromium: string;
  node: string;
  os: string;
}

export function machine(chromium: string): Machine {
  let os: string = process.platform;
  try {
    os = execFileSync('sh', ['-c', '. /etc/os-release && echo "$PRETTY_NAME"'], { encoding: 'utf8' }).trim();
  } catch {
    // keep the platform name
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    chromium,
    node: process.version,
    os,
  };
}

/** The commit measured, and how many files differed from it (other engineers' work in progress). */
export function source(): string {
  try {
    // trimEnd, not trim: a porcelain line starts with a space when only the working tree changed.
    const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trimEnd();
    // BENCHMARKS.md is this benchmark's own output, and the e2e run rewrites tests/screenshots/:
    // an earlier run's copies say nothing of the code.
    const ignored = (file: string) => file.endsWith('BENCHMARKS.md') || file.startsWith('tests/screenshots/');
    const dirty = git(['status', '--porcelain', '--untracked-files=no'])
      .split('\n')
      // Porcelain lines are "XY path" (or "XY from -> path"), the path relative to the repository root.
      .filter((line) => line && !ignored(line.slice(3).split(' -> ').pop()!)).length;
    return `commit ${git(['rev-parse', '--short', 'HEAD'])}${dirty ? ` plus ${dirty} uncommitted changed files in the working tree` : ''}`;
  } catch {
    return 'unknown commit';
  }
}

export const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

/** BENCHMARKS.md: the machine, the run, a summary of every goal, then each section with its method. */
export function render(
  sections: Section[],
  run: {
    machine: Machine;
    startedAt: Date;
    seconds: number;
    loadBefore: string;
    loadAfter: string;
    source: string;
  },
): string {
  const m = run.machine;
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (tests/bench/run.mjs); edit the benchmark, not this file. -->',
    '',
    `Measured ${run.startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC by \`npm run bench\` in ${Math.round(run.seconds)} s.`,
    '',
    `- Build: \`wxt build\` (production) of ${run.source}, in \`.output-bench/\``,
    `- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB memory, ${m.os}`,
    `- Chromium ${m.chromium} (new headless, the end-to-end harness \`tests/harness/guild.ts\`), Node ${m.node}`,
    `- Load average (1, 5, 15 min) before: ${run.loadBefore}; after: ${run.loadAfter}. The machine is shared: a load above its ${m.cores} cores slows every figure, which is why each Guild figure sits beside a baseline measured in the same run.`,
    '',
    'Run it with `npm run bench` (about 5–10 minutes on this machine; `BENCH_QUICK=1` runs a tenth of the sizes and prints instead of writing this file). Median and p95 are nearest-rank over `n` samples. Times are wall-clock `performance.now()` in the page that does the work unless the method says otherwise.',
    '',
    '## Goals',
    '',
    '| figure | median | p95 | goal | |',
    '| --- | --: | --: | --- | --- |',
  ];
  for (const s of sections) {
    for (const r of s.rows.filter((x) => x.goal)) {
      lines.push(
        `| ${r.name} | ${format(r.median, r.unit)} | ${format(r.p95, r.unit)} | ${r.goal} | ${verdict(r)} |`,
      );
    }
  }
  const misses = sections.flatMap((s) => s.rows.filter((r) => r.pass === false));
  if (misses.length) {
    lines.push('', '## Misses: what the run measured', '');
    for (const r of misses) {
      const measured = r.ifMissed ?? r.detail;
      lines.push(
        `- **${r.name}** (${format(r.median, r.unit)}, goal ${r.goal})${measured ? `: ${measured}` : ''}`,
      );
    }
  }
  for (const s of sections) {
    lines.push(
      '',
      `## ${s.title}`,
      '',
      s.method,
      '',
      '| figure | n | median | p95 | goal | | detail |',
      '| --- | --: | --: | --: | --- | --- | --- |',
    );
    for (const r of s.rows) {
      lines.push(
        `| ${r.name} | ${r.n} | ${format(r.median, r.unit)} | ${r.p95 === undefined ? '—' : format(r.p95, r.unit)} | ${r.goal ?? ''} | ${verdict(r)} | ${r.detail ?? ''} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
