import { createHybridClock, type HybridClock } from '@shared/sync/clock';

/**
 * The hybrid logical clock of each open database (shared/sync/clock.ts): the writes stamp `updatedAt` with it
 * and the sync feeds it the server's time. One per database, so devices simulated side by side in one
 * process (the integration tests) keep their own clocks.
 */
const clocks = new WeakMap<object, HybridClock>();

export function clockOf(db: object): HybridClock {
  let clock = clocks.get(db);
  if (!clock) {
    clock = createHybridClock();
    clocks.set(db, clock);
  }
  return clock;
}

/** Gives a database a particular clock (a test's skewed device). */
export function setClock(db: object, clock: HybridClock): void {
  clocks.set(db, clock);
}
