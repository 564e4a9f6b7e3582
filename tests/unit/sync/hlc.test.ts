import { describe, expect, test } from 'vitest';
import { after, compareHlc, formatHlc, HybridClock, parseHlc } from '@/lib/sync/hlc';

describe('hybrid logical clock', () => {
  test('ticks follow wall time and stay strictly increasing when the wall clock stalls or goes back', () => {
    let wall = 1_000;
    const clock = new HybridClock('a', () => wall);
    const first = clock.tick();
    const second = clock.tick();
    wall = 500; // the system clock was set back
    const third = clock.tick();
    wall = 2_000;
    const fourth = clock.tick();
    expect([first, second, third, fourth]).toEqual([...[first, second, third, fourth]].sort());
    expect(new Set([first, second, third, fourth]).size).toBe(4);
    expect(parseHlc(fourth)).toEqual({ ms: 2_000, counter: 0, node: 'a' });
  });

  test('after receiving a timestamp from a device whose clock runs ahead, local ticks sort after it', () => {
    const clock = new HybridClock('behind', () => 1_000);
    const remote = formatHlc({ ms: 60_000, counter: 3, node: 'ahead' });
    clock.receive(remote);
    const next = clock.tick();
    expect(compareHlc(next, remote)).toBe(1);
    expect(parseHlc(next).ms).toBe(60_000);
  });

  test('timestamps sort as strings exactly as they sort as clocks', () => {
    const values = [
      formatHlc({ ms: 9, counter: 0, node: 'z' }),
      formatHlc({ ms: 10, counter: 0, node: 'a' }),
      formatHlc({ ms: 10, counter: 1, node: 'a' }),
      formatHlc({ ms: 10, counter: 1, node: 'b' }),
      formatHlc({ ms: 1_700_000_000_000, counter: 0, node: 'a' }),
    ];
    expect([...values].reverse().sort()).toEqual(values);
  });

  test('after() is the next timestamp a node can make on top of another', () => {
    const base = formatHlc({ ms: 10, counter: 4, node: 'zz' });
    expect(parseHlc(after(base, 'a'))).toEqual({ ms: 10, counter: 5, node: 'a' });
    expect(compareHlc(after(base, 'a'), base)).toBe(1);
  });

  test('a malformed timestamp is refused', () => {
    expect(() => parseHlc('yesterday')).toThrow();
  });
});
