/**
 * Login throttling, the pure rule: after `freeFailures` failed sign-ins in a row the key (an account or an
 * address) waits `baseMs`, doubling with each further failure up to `maxMs`. The cap keeps an attacker who
 * hammers someone's account from locking its owner out for more than a few minutes; the doubling keeps the
 * attacker at one guess per cap. Failures are forgotten after `forgetAfterMs` without one, and a success
 * clears the account's count (not the address's: one valid account must not reset an address's guesses).
 */
export interface BackoffRule {
  freeFailures: number;
  baseMs: number;
  maxMs: number;
  forgetAfterMs: number;
}

export const ACCOUNT_RULE: BackoffRule = {
  freeFailures: 5,
  baseMs: 1_000,
  maxMs: 3 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

/** An office behind one address has many people: more free failures, same cap. */
export const ADDRESS_RULE: BackoffRule = {
  freeFailures: 30,
  baseMs: 1_000,
  maxMs: 3 * 60_000,
  forgetAfterMs: 60 * 60_000,
};

export interface FailureState {
  failures: number;
  lastFailureAt: number;
}

/** The wait after `failures` failures in a row. */
export function delayAfter(rule: BackoffRule, failures: number): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(rule.baseMs * 2 ** Math.min(failures - rule.freeFailures, 30), rule.maxMs);
}

/** The state after one more failure at `now`. */
export function afterFailure(
  rule: BackoffRule,
  prev: FailureState | undefined,
  now: number,
): FailureState & { blockedUntil: number } {
  const failures = prev && now - prev.lastFailureAt <= rule.forgetAfterMs ? prev.failures + 1 : 1;
  return { failures, lastFailureAt: now, blockedUntil: now + delayAfter(rule, failures) };
}

/** Seconds to announce in Retry-After (whole, at least 1). */
export function retryAfterSeconds(blockedUntil: number, now: number): number {
  return Math.max(1, Math.ceil((blockedUntil - now) / 1000));
}
