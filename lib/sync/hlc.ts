/**
 * Hybrid logical clock (Kulkarni et al., 2014): wall time when clocks agree,
 * a counter when they do not, so an edit made after seeing another device's
 * edit is always "later", even if this machine's clock runs behind.
 *
 * A timestamp is a string that sorts like the clock: 13-digit milliseconds,
 * 5-digit counter, then the node that made it (breaks exact ties).
 */
export type Hlc = string;

export interface HlcParts {
  ms: number;
  counter: number;
  node: string;
}

const MS_DIGITS = 13;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
const HLC_PATTERN = /^(\d{13})-(\d{5})-([0-9a-z]{1,16})$/;

/** Whether a string is a well-formed timestamp. */
export function isHlc(value: string): boolean {
  return HLC_PATTERN.test(value);
}

export function formatHlc({ ms, counter, node }: HlcParts): Hlc {
  return `${String(ms).padStart(MS_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${node}`;
}

export function parseHlc(value: Hlc): HlcParts {
  const match = HLC_PATTERN.exec(value);
  if (!match) throw new Error(`not a clock timestamp: ${value}`);
  return { ms: Number(match[1]), counter: Number(match[2]), node: match[3]! };
}

/** -1, 0 or 1, as the timestamps' order (their strings sort the same way). */
export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxHlc(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}

/** A random node id: 8 base-36 characters. */
export function randomNode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** One device's (or one page's) clock. `now` is injectable for tests. */
export class HybridClock {
  private last: HlcParts;

  constructor(
    readonly node: string = randomNode(),
    private readonly now: () => number = Date.now,
  ) {
    this.last = { ms: 0, counter: 0, node };
  }

  /** A timestamp for a local event, later than every one this clock has made or seen. */
  tick(): Hlc {
    const wall = this.now();
    this.last =
      wall > this.last.ms
        ? { ms: wall, counter: 0, node: this.node }
        : this.bump(this.last.ms, this.last.counter);
    return formatHlc(this.last);
  }

  /** Take in a timestamp from elsewhere: later ticks will sort after it. */
  receive(remote: Hlc): void {
    const other = parseHlc(remote);
    const wall = this.now();
    const ms = Math.max(wall, this.last.ms, other.ms);
    if (ms === wall && ms > this.last.ms && ms > other.ms) return; // wall time already ahead of both
    const counter =
      ms === this.last.ms && ms === other.ms
        ? Math.max(this.last.counter, other.counter)
        : ms === this.last.ms
          ? this.last.counter
          : ms === other.ms
            ? other.counter
            : -1;
    this.last = this.bump(ms, counter);
  }

  private bump(ms: number, counter: number): HlcParts {
    // A counter overflow moves the clock one millisecond ahead instead of wrapping.
    return counter >= MAX_COUNTER
      ? { ms: ms + 1, counter: 0, node: this.node }
      : { ms, counter: counter + 1, node: this.node };
  }
}

/** The smallest timestamp after `value` that `node` could make (for edits made on top of it). */
export function after(value: Hlc, node: string): Hlc {
  const parts = parseHlc(value);
  return formatHlc(
    parts.counter >= MAX_COUNTER
      ? { ms: parts.ms + 1, counter: 0, node }
      : { ms: parts.ms, counter: parts.counter + 1, node },
  );
}
