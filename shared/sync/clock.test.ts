import { describe, expect, it } from 'vitest';
import { MAX_AHEAD_MS, clampUpdatedAt, createHybridClock } from './clock';

const DAY = 86_400_000;
const SERVER = Date.parse('2026-12-02T10:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

/** A device clock the test moves by hand. */
function deviceAt(ms: number) {
  let now = ms;
  return { read: () => now, set: (t: number) => (now = t) };
}

describe('clampUpdatedAt', () => {
  it('keeps a stamp up to the tolerance ahead, and makes one further ahead the server now', () => {
    expect(clampUpdatedAt(iso(SERVER - DAY), SERVER)).toBe(iso(SERVER - DAY));
    expect(clampUpdatedAt(iso(SERVER + MAX_AHEAD_MS), SERVER)).toBe(iso(SERVER + MAX_AHEAD_MS));
    expect(clampUpdatedAt(iso(SERVER + MAX_AHEAD_MS + 1), SERVER)).toBe(iso(SERVER));
    expect(clampUpdatedAt(iso(SERVER + DAY), SERVER)).toBe(iso(SERVER));
    expect(clampUpdatedAt('not a date', SERVER)).toBe('not a date');
  });
});

describe('createHybridClock', () => {
  it('stamps with the device clock while it has not heard from the server', () => {
    const device = deviceAt(SERVER);
    const clock = createHybridClock(device.read);
    expect(clock.stamp().getTime()).toBe(SERVER);
    expect(clock.stamp(new Date(SERVER + 5)).getTime()).toBe(SERVER + 5);
  });

  it('corrects a clock a day fast or a day slow by the offset to the server', () => {
    for (const skew of [DAY, -DAY]) {
      const device = deviceAt(SERVER + skew);
      const clock = createHybridClock(device.read);
      // Sent and answered 100 ms apart; the server read its clock in the middle.
      clock.observeServerTime(iso(SERVER + 50), SERVER + skew, SERVER + skew + 100);
      expect(clock.offsetMs()).toBe(-skew);
      device.set(SERVER + skew + 60_000);
      expect(clock.stamp().getTime()).toBe(SERVER + 60_000);
    }
  });

  it('treats an offset within the round-trip noise as none', () => {
    const device = deviceAt(SERVER);
    const clock = createHybridClock(device.read);
    clock.observeServerTime(iso(SERVER + 900), SERVER, SERVER + 200);
    expect(clock.offsetMs()).toBe(0);
  });

  it('never runs behind the server time or a pulled stamp, and never repeats itself', () => {
    const device = deviceAt(SERVER - 10_000);
    const clock = createHybridClock(device.read);
    clock.observeServerTime(iso(SERVER), SERVER - 10_000, SERVER - 10_000);
    device.set(SERVER - 20_000); // the clock is set back after the measurement
    expect(clock.stamp().getTime()).toBe(SERVER + 1);
    clock.observeStamp(iso(SERVER + 30_000));
    expect(clock.stamp().getTime()).toBe(SERVER + 30_001);
    expect(clock.stamp().getTime()).toBe(SERVER + 30_002);
  });

  it('does not follow a pulled stamp further ahead than the server would have accepted', () => {
    const device = deviceAt(SERVER);
    const clock = createHybridClock(device.read);
    clock.observeStamp(iso(SERVER + DAY)); // before any server time: nothing vouches for it
    expect(clock.stamp().getTime()).toBe(SERVER);
    clock.observeServerTime(iso(SERVER), SERVER, SERVER);
    clock.observeStamp(iso(SERVER + DAY)); // written before the server clamped
    expect(clock.stamp().getTime()).toBe(SERVER + MAX_AHEAD_MS + 1);
  });

  it('ignores answers without a usable server time', () => {
    const clock = createHybridClock(() => SERVER);
    clock.observeServerTime(undefined, SERVER, SERVER);
    clock.observeServerTime('garbage', SERVER, SERVER);
    clock.observeServerTime(iso(SERVER + DAY), SERVER, SERVER - 1);
    expect(clock.offsetMs()).toBe(0);
    expect(clock.stamp().getTime()).toBe(SERVER);
  });
});
