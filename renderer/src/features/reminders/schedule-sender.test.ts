import { describe, expect, it, vi } from 'vitest';
import type { ReminderItem } from '@shared/ipc/contract';
import { createScheduleSender } from './schedule-sender';

const item = (id: string, dueAt = '2026-06-23T01:00:00.000Z'): ReminderItem => ({
  id,
  dueAt,
  title: id,
  recordType: 'opportunity',
  recordId: 'opp-0000001',
});

function fakeTimers() {
  const timers = new Map<number, () => void>();
  let next = 0;
  return {
    setTimer: (fn: () => void) => {
      timers.set(++next, fn);
      return next;
    },
    clearTimer: (h: unknown) => void timers.delete(h as number),
    pending: () => timers.size,
    /** Lets the debounce expire. */
    async fire() {
      const fns = [...timers.values()];
      timers.clear();
      fns.forEach((f) => f());
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('schedule sender', () => {
  it('sends a burst of changes once, with the latest records', async () => {
    const t = fakeTimers();
    const setSchedule = vi.fn(async (_items: ReminderItem[]) => undefined);
    const sender = createScheduleSender({ setSchedule, ...t });
    sender.schedule(() => [item('a')]);
    sender.schedule(() => [item('a'), item('b')]);
    sender.schedule(() => [item('a'), item('b'), item('c')]);
    expect(t.pending()).toBe(1);
    expect(setSchedule).not.toHaveBeenCalled();
    await t.fire();
    expect(setSchedule).toHaveBeenCalledTimes(1);
    expect(setSchedule.mock.calls[0]![0]).toHaveLength(3);
  });

  it('never sends the same schedule twice, in any order; a changed time is sent', async () => {
    const t = fakeTimers();
    const setSchedule = vi.fn(async (_items: ReminderItem[]) => undefined);
    const sender = createScheduleSender({ setSchedule, ...t });
    sender.schedule(() => [item('a'), item('b')]);
    await t.fire();
    sender.schedule(() => [item('b'), item('a')]);
    await t.fire();
    expect(setSchedule).toHaveBeenCalledTimes(1);
    sender.schedule(() => [item('b'), item('a', '2026-06-24T01:00:00.000Z')]);
    await t.fire();
    expect(setSchedule).toHaveBeenCalledTimes(2);
  });

  it('sends again after a failed send', async () => {
    const t = fakeTimers();
    const errors: unknown[] = [];
    const setSchedule = vi.fn().mockRejectedValueOnce(new Error('bridge down')).mockResolvedValue(1);
    const sender = createScheduleSender({ setSchedule, ...t, onError: (e) => errors.push(e) });
    sender.schedule(() => [item('a')]);
    await t.fire();
    sender.schedule(() => [item('a')]);
    await t.fire();
    expect(setSchedule).toHaveBeenCalledTimes(2);
    expect(errors).toHaveLength(1);
  });

  it('a disposed sender sends nothing', async () => {
    const t = fakeTimers();
    const setSchedule = vi.fn(async (_items: ReminderItem[]) => undefined);
    const sender = createScheduleSender({ setSchedule, ...t });
    sender.schedule(() => [item('a')]);
    sender.dispose();
    await t.fire();
    expect(setSchedule).not.toHaveBeenCalled();
  });
});
