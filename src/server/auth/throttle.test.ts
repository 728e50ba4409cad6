import { describe, expect, it } from 'vitest';
import { decide, type ThrottleRule, type ThrottleState } from './throttle.ts';

const rule: ThrottleRule = { free: 3, firstDelaySeconds: 10, windowSeconds: 900 };
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 8, 0, seconds));

/** Attempts at the given seconds; the answer to each, as allowed or seconds to wait. */
function attempts(times: number[]): (number | 'ok')[] {
  let state: ThrottleState | null = null;
  return times.map((t) => {
    const d = decide(state, rule, at(t));
    if (!d.allowed) return d.retryAfterSeconds;
    state = d.next;
    return 'ok';
  });
}

describe('the sign-in slow-down', () => {
  it('lets the free attempts through at once, then makes each wait twice as long', () => {
    expect(attempts([0, 0, 0, 0, 10, 10, 30, 70])).toEqual([
      'ok',
      'ok',
      'ok',
      10,
      'ok',
      20,
      'ok',
      'ok',
    ]);
  });

  it('never makes anyone wait longer than the window', () => {
    const long = decide({ windowStart: at(0), attempts: 30, notBefore: null }, rule, at(1));
    expect(long.allowed && long.next.notBefore).toEqual(at(901));
  });

  it('starts over when the window has run out', () => {
    const fresh = decide(
      { windowStart: at(0), attempts: 9, notBefore: at(100) },
      rule,
      new Date(at(0).getTime() + 900_000),
    );
    expect(fresh).toEqual({
      allowed: true,
      next: expect.objectContaining({ attempts: 1, notBefore: null }),
    });
  });
});
