import { describe, expect, it } from 'vitest';
import { ACCOUNT_RULE, afterFailure, delayAfter, retryAfterSeconds, type BackoffRule } from './backoff';

const rule: BackoffRule = { freeFailures: 3, baseMs: 1_000, maxMs: 60_000, forgetAfterMs: 3_600_000 };

describe('login backoff', () => {
  it('lets the first failures through, then doubles the wait up to the cap', () => {
    expect([0, 1, 2].map((f) => delayAfter(rule, f))).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map((f) => delayAfter(rule, f))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(delayAfter(rule, 9)).toBe(60_000);
    expect(delayAfter(rule, 10_000)).toBe(60_000);
  });

  it('caps an account lock-out at a few minutes', () => {
    expect(delayAfter(ACCOUNT_RULE, 1e6)).toBeLessThanOrEqual(5 * 60_000);
  });

  it('counts failures in a row and forgets them after a quiet hour', () => {
    let s = afterFailure(rule, undefined, 0);
    expect(s).toEqual({ failures: 1, lastFailureAt: 0, blockedUntil: 0 });
    s = afterFailure(rule, s, 10);
    s = afterFailure(rule, s, 20);
    expect(s).toEqual({ failures: 3, lastFailureAt: 20, blockedUntil: 1_020 });
    expect(afterFailure(rule, s, 20 + 3_600_001).failures).toBe(1);
  });

  it('announces whole seconds, at least one', () => {
    expect(retryAfterSeconds(1_500, 0)).toBe(2);
    expect(retryAfterSeconds(1_000, 999)).toBe(1);
    expect(retryAfterSeconds(0, 10)).toBe(1);
  });
});
