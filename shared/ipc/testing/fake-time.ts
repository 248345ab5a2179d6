/** A clock and timers a test moves by hand: `advance` runs every timer that comes due, in order. */
export function fakeTime(startIso = '2026-04-15T08:00:00.000Z') {
  let t = Date.parse(startIso);
  let ids = 0;
  const timers = new Map<number, { at: number; fn: () => unknown }>();
  return {
    now: () => t,
    setTimer: (fn: () => unknown, ms: number): unknown => {
      const id = ++ids;
      timers.set(id, { at: t + ms, fn });
      return id;
    },
    clearTimer: (id: unknown) => void timers.delete(id as number),
    /** Moves time forward, firing due timers one by one and letting their async work settle. */
    async advance(ms: number): Promise<void> {
      const end = t + ms;
      for (;;) {
        const next = [...timers.entries()]
          .filter(([, x]) => x.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        timers.delete(next[0]);
        t = Math.max(t, next[1].at);
        await next[1].fn(); // the services return their async work from timer callbacks
        await settle();
      }
      t = end;
    },
    pendingTimers: () => timers.size,
  };
}

/** Lets queued promise callbacks run (services return their I/O promises from timer callbacks). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}
