import type { ReminderItem } from '@shared/ipc/contract';
import { scheduleSignature } from './reminder-items';

export interface SenderOptions {
  setSchedule: (items: ReminderItem[]) => Promise<unknown>;
  /** Records change in bursts (a sync pull, an import): wait this long after the last change. */
  debounceMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  onError?: (error: unknown) => void;
}

/**
 * Hands the schedule to the platform, debounced, and only when it differs from the last one sent: a burst of
 * changes is one call, and an unchanged schedule (same stable ids, times and texts) is never sent again.
 * A failed send is forgotten, so the next change sends the schedule anew.
 */
export function createScheduleSender(opts: SenderOptions) {
  const debounceMs = opts.debounceMs ?? 500;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  let pending: (() => ReminderItem[]) | null = null;
  let timer: unknown = null;
  let lastSent: string | null = null;
  let inFlight: Promise<void> = Promise.resolve();

  async function flush(): Promise<void> {
    timer = null;
    const compute = pending;
    pending = null;
    if (!compute) return;
    const items = compute();
    const signature = scheduleSignature(items);
    if (signature === lastSent) return;
    lastSent = signature;
    try {
      await opts.setSchedule(items);
    } catch (error) {
      lastSent = null;
      opts.onError?.(error);
    }
  }

  return {
    /** Plans a send; `compute` runs once when the burst is over, with the latest records. */
    schedule(compute: () => ReminderItem[]): void {
      pending = compute;
      if (timer !== null) clearTimer(timer);
      timer = setTimer(() => {
        inFlight = inFlight.then(flush);
      }, debounceMs);
    },
    /** Sends a planned schedule now (tests, unmount). */
    async flushNow(): Promise<void> {
      if (timer !== null) clearTimer(timer);
      timer = null;
      inFlight = inFlight.then(flush);
      await inFlight;
    },
    dispose(): void {
      if (timer !== null) clearTimer(timer);
      timer = null;
      pending = null;
    },
  };
}
export type ScheduleSender = ReturnType<typeof createScheduleSender>;
