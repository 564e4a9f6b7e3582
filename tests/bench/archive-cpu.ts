/**
 * Issue 15's archive import, traced: every main-thread task of the bench
 * page with its wall time AND its own CPU time (the trace's `tdur`). On the
 * shared 2-core machine a 12 ms slice waits its turn for the CPU and shows
 * as a 200 ms "long task"; the CPU time is the work Guild really did in one
 * go, whatever the load. Prints the longest tasks by CPU time, their phase
 * and the functions they ran.
 * `GUILD_E2E_OUT_DIR=$PWD/.output-bench npx vite-node tests/bench/archive-cpu.ts`
 * (after `GUILD_OUT_DIR=.output-bench npx wxt build`). Optional sizes:
 * `ARCHIVE_CONNECTIONS`, `ARCHIVE_MESSAGES`.
 */
import { launchGuild } from '../harness/guild';
import { openBenchPage } from './bench-page';
import { bundle } from './bundle';
import { load } from './report';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const connections = Number(process.env.ARCHIVE_CONNECTIONS ?? 30_000);
const messages = Number(process.env.ARCHIVE_MESSAGES ?? 200_000);
const loadBefore = load();
const code = await bundle('tests/bench/in-page/entry.ts');
const guild = await launchGuild();
try {
  const bench = await openBenchPage(guild, code);
  const cdp = await guild.context.newCDPSession(bench.page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      recordMode: 'recordContinuously',
      includedCategories: (
        process.env.TRACE_CATEGORIES ?? 'toplevel,devtools.timeline,blink.user_timing'
      ).split(','),
      excludedCategories: ['*'],
    },
  });
  const restore = process.env.BENCH === 'restore';
  const result = restore
    ? await bench.call<{ tasks: { duration: number; phase: string }[]; megabytes: number }>(
        'guildBenchMore',
        'restoreBench',
        Number(process.env.RESTORE_CONTACTS ?? 32_000),
      )
    : await bench.call('guildBenchMore', 'archiveBench', connections, messages, 4_000);
  if (restore) console.log(JSON.stringify(result).slice(0, 2000));
  const stream = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream!)),
  );
  await cdp.send('Tracing.end');
  const handle = await stream;
  // Read as it streams, one event per line, keeping only what is read below: the whole
  // trace of a full-size run is far beyond what one string can hold.
  const events: TraceEvent[] = [];
  const keep = (line: string) => {
    const json = line
      .trim()
      .replace(/^\{"traceEvents":\[/, '')
      .replace(/,$/, '')
      .replace(/\]\}$/, '');
    if (!json.startsWith('{')) return;
    let e: TraceEvent;
    try {
      e = JSON.parse(json) as TraceEvent;
    } catch {
      return;
    }
    if (e.cat?.includes('blink.user_timing') || (e.ph === 'X' && (e.dur ?? 0) >= 3000) || e.ph === 'M')
      events.push(e);
    else if (e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'))
      events.push({ ...e, args: undefined });
  };
  let carry = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle, size: 8 << 20 });
    carry += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    const lines = carry.split('\n');
    carry = lines.pop() ?? '';
    lines.forEach(keep);
    if (chunk.eof) break;
  }
  keep(carry);
  await cdp.send('IO.close', { handle });

  // The bench page's main thread: the renderer main thread that saw the user-timing marks.
  const mark = (name: string) => events.find((e) => e.cat.includes('blink.user_timing') && e.name === name);
  // The last mark names the thread; the first may have left the trace's ring buffer on a long run.
  const last = mark(restore ? 'writeEnd' : 'againEnd');
  if (!last) throw new Error('no end mark in the trace');
  const thread = (e: TraceEvent) => e.pid === last.pid && e.tid === last.tid;
  const start = mark('readStart') ?? events.filter(thread).reduce((a, b) => (a.ts <= b.ts ? a : b));
  if (!mark('readStart')) console.log('(the trace lost its beginning: phases from the first event kept)');
  const marks = (
    restore
      ? ['checkEnd', 'undoEnd', 'writeEnd']
      : ['unzipEnd', 'connectionsEnd', 'writeStart', 'writeEnd', 'againReadEnd', 'againEnd']
  ).map((n) => [n, mark(n)?.ts ?? Infinity] as const);
  const phaseNames = restore
    ? ['check', 'undo backup', 'write']
    : ['unzip', 'Connections.csv', 'read', 'write', 're-import read', 're-import write'];
  const phase = (ts: number) => phaseNames[marks.findIndex(([, at]) => ts < at)] ?? 'after';
  const end = marks.at(-1)![1];
  const tasks = events.filter(
    (e) =>
      thread(e) &&
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      e.ts >= start.ts &&
      e.ts <= end &&
      e.dur !== undefined,
  );
  const inside = (task: TraceEvent) =>
    events.filter(
      (e) =>
        thread(e) &&
        e !== task &&
        e.ph === 'X' &&
        e.ts >= task.ts &&
        e.ts + (e.dur ?? 0) <= task.ts + task.dur! &&
        (e.dur ?? 0) > 3000,
    );
  const describe = (e: TraceEvent) => {
    const d = e.args?.data ?? {};
    const what = [d.functionName, d.type, d.url ? String(d.url).slice(-40) : undefined, d.lineNumber]
      .filter((x) => x !== undefined && x !== '')
      .join(' ');
    return `${e.name}${what ? `(${what})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}ms`;
  };
  if (process.env.TRACE_DEBUG) {
    const names = new Map<string, number>();
    for (const e of events)
      if (thread(e))
        names.set(`${e.ph} ${e.cat} ${e.name}`, (names.get(`${e.ph} ${e.cat} ${e.name}`) ?? 0) + 1);
    console.log([...names].sort((a, b) => b[1] - a[1]).slice(0, 30));
  }
  const ms = (us: number | undefined) => (us ?? 0) / 1000;
  const over = (f: (t: TraceEvent) => number) => tasks.filter((t) => f(t) > 50).length;
  console.log(
    `${connections} connections, ${messages} messages; ${tasks.length} tasks; over 50 ms: wall ${over((t) => ms(t.dur))}, CPU ${over((t) => ms(t.tdur))}; load before ${loadBefore}, after ${load()}`,
  );
  for (const name of phaseNames) {
    const mine = tasks.filter((t) => phase(t.ts) === name);
    const longest = (f: (t: TraceEvent) => number) => mine.reduce((m, t) => Math.max(m, f(t)), 0).toFixed(0);
    console.log(
      `  ${name}: ${mine.length} tasks, longest wall ${longest((t) => ms(t.dur))} ms, longest CPU ${longest((t) => ms(t.tdur))} ms`,
    );
  }
  const top = [...tasks]
    .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
    .slice(0, Number(process.env.TOP ?? 12));
  for (const task of top) {
    const parts = inside(task)
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 5)
      .map(describe);
    console.log(
      `CPU ${ms(task.tdur).toFixed(0)} ms, wall ${ms(task.dur).toFixed(0)} ms [${phase(task.ts)}]: ${parts.join('; ')}`,
    );
  }
} finally {
  await guild.close();
}
