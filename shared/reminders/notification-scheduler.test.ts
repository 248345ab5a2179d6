import { beforeEach, describe, expect, it } from 'vitest';
import type { ReminderClick, ReminderItem } from '../ipc/contract';
import { createReminderScheduler, type Notifier, type SchedulerStorage } from './notification-scheduler';
import { fakeTime, settle } from '../ipc/testing/fake-time';

type Shown = { title: string; body: string; onClick: () => void };
const minutes = (n: number) => n * 60_000;
const at = (base: number, offsetMin: number) => new Date(base + minutes(offsetMin)).toISOString();

function item(id: string, dueAt: string, title = `Reminder ${id}`): ReminderItem {
  return { id, dueAt, title, body: `body ${id}`, recordType: 'opportunity', recordId: `opp-${id}-0001` };
}

/** Survives a "restart" like a file would: state is kept only as serialised JSON. */
function memoryStorage(): SchedulerStorage {
  let saved: string | null = null;
  return {
    load: async () => (saved === null ? null : JSON.parse(saved)),
    save: async (state) => void (saved = JSON.stringify(state)),
  };
}

let storage: SchedulerStorage;
beforeEach(() => {
  storage = memoryStorage();
});

function setup(time = fakeTime()) {
  const shown: Shown[] = [];
  const clicks: ReminderClick[] = [];
  const counts: number[] = [];
  const notifier: Notifier = { show: (n) => void shown.push(n) };
  const make = () =>
    createReminderScheduler({
      storage,
      notifier,
      onClick: (c) => void clicks.push(c),
      onCount: (n) => void counts.push(n),
      now: time.now,
      setTimer: time.setTimer,
      clearTimer: time.clearTimer,
    });
  return { time, shown, clicks, counts, make };
}

describe('reminder scheduler', () => {
  it('fires a reminder once, at its due time, with its title and body', async () => {
    const { time, shown, clicks, counts, make } = setup();
    const s = make();
    await s.start();
    await s.setSchedule([item('r1', at(time.now(), 30))]);
    await time.advance(minutes(29));
    expect(shown).toHaveLength(0);
    await time.advance(minutes(1));
    expect(shown.map((n) => [n.title, n.body])).toEqual([['Reminder r1', 'body r1']]);
    await time.advance(minutes(600));
    expect(shown).toHaveLength(1);
    shown[0]!.onClick();
    expect(clicks).toEqual([
      { kind: 'record', reminderId: 'r1', recordType: 'opportunity', recordId: 'opp-r1-0001' },
    ]);
    expect(counts.at(-1)).toBe(1);
    expect(s.list()[0]).toMatchObject({ id: 'r1', status: 'fired' });
  });

  it('never fires the same id twice across restarts, even when the renderer sends it again', async () => {
    const { time, shown, make } = setup();
    const first = make();
    await first.start();
    await first.setSchedule([item('r1', at(time.now(), 5)), item('r2', at(time.now(), 120))]);
    await time.advance(minutes(10));
    expect(shown.map((n) => n.title)).toEqual(['Reminder r1']);
    first.stop();

    const second = make();
    await second.start();
    await second.setSchedule([item('r1', at(time.now(), -5)), item('r2', at(time.now(), 110))]);
    await time.advance(minutes(200));
    expect(shown.map((n) => n.title)).toEqual(['Reminder r1', 'Reminder r2']);

    // r1 leaves the schedule and comes back later: still fired, not again.
    await second.setSchedule([item('r2', at(time.now(), -90))]);
    await second.setSchedule([item('r1', at(time.now(), 1)), item('r2', at(time.now(), -90))]);
    await time.advance(minutes(5));
    expect(shown).toHaveLength(2);
  });

  it('catches up on reminders missed while closed with ONE summary notification', async () => {
    const { time, shown, clicks, counts, make } = setup();
    const first = make();
    await first.start();
    const base = time.now();
    await first.setSchedule(
      [1, 2, 3, 4, 5].map((h) => item(`m${h}`, at(base, h * 60))).concat(item('later', at(base, 48 * 60))),
    );
    first.stop(); // the app is closed for a day

    await time.advance(minutes(24 * 60));
    const second = make();
    await second.start();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toContain('5');
    expect(shown[0]!.body.split('\n').slice(0, 3)).toEqual(['Reminder m1', 'Reminder m2', 'Reminder m3']);
    shown[0]!.onClick();
    expect(clicks).toEqual([{ kind: 'summary', reminderIds: ['m1', 'm2', 'm3', 'm4', 'm5'] }]);
    expect(counts.at(-1)).toBe(5);

    await time.advance(minutes(24 * 60));
    expect(shown.map((n) => n.title).slice(1)).toEqual(['Reminder later']);
  });

  it('snooze fires the reminder again later, once; done clears it from the count', async () => {
    const { time, shown, counts, make } = setup();
    const s = make();
    await s.start();
    await s.setSchedule([item('r1', at(time.now(), 1))]);
    await time.advance(minutes(1));
    expect(counts.at(-1)).toBe(1);
    await s.snooze('r1', at(time.now(), 15));
    expect(counts.at(-1)).toBe(0);
    expect(s.list()[0]).toMatchObject({ status: 'snoozed' });
    await time.advance(minutes(14));
    expect(shown).toHaveLength(1);
    await time.advance(minutes(1));
    expect(shown).toHaveLength(2);
    await time.advance(minutes(60));
    expect(shown).toHaveLength(2);
    await s.done('r1');
    expect(counts.at(-1)).toBe(0);
    expect(s.list()[0]).toMatchObject({ status: 'done' });
    await expect(s.snooze('r1', at(time.now(), 5))).rejects.toMatchObject({ field: 'id' });
  });

  it('refuses a snooze into the past and unknown ids, changing nothing', async () => {
    const { time, make } = setup();
    const s = make();
    await s.start();
    await s.setSchedule([item('r1', at(time.now(), 10))]);
    await expect(s.snooze('r1', at(time.now(), -1))).rejects.toMatchObject({ field: 'until' });
    await expect(s.done('nope')).rejects.toMatchObject({ field: 'id' });
    expect(s.list()[0]).toMatchObject({ status: 'pending' });
  });

  it('a reschedule with the same id replaces the reminder', async () => {
    const { time, shown, make } = setup();
    const s = make();
    await s.start();
    await s.setSchedule([item('r1', at(time.now(), 10), 'Close date in 7 days')]);
    await s.setSchedule([item('r1', at(time.now(), 60), 'Close date in 7 days (moved)')]);
    await time.advance(minutes(30));
    expect(shown).toHaveLength(0);
    await time.advance(minutes(30));
    expect(shown.map((n) => n.title)).toEqual(['Close date in 7 days (moved)']);
    expect(s.list()).toHaveLength(1);

    // Dropped from the schedule before firing: never fires.
    await s.setSchedule([item('r2', at(time.now(), 5))]);
    await s.setSchedule([]);
    await time.advance(minutes(10));
    expect(shown).toHaveLength(1);
  });

  it('many reminders due at the same moment become one summary instead of a flood', async () => {
    const { time, shown, make } = setup();
    const s = make();
    await s.start();
    await s.setSchedule(Array.from({ length: 8 }, (_, i) => item(`f${i}`, at(time.now(), 5))));
    await time.advance(minutes(5));
    await settle();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.title).toContain('8');
  });
});
