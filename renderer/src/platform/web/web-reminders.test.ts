import { describe, expect, it } from 'vitest';
import type { SchedulerStorage } from '@shared/reminders/notification-scheduler';
import { fakeTime } from '@shared/ipc/testing/fake-time';
import type { ReminderClick } from '../types';
import { createWebReminders } from './web-reminders';

function memory(): SchedulerStorage {
  let saved: string | null = null;
  return {
    load: async () => (saved ? JSON.parse(saved) : null),
    save: async (s) => void (saved = JSON.stringify(s)),
  };
}

describe('web reminders', () => {
  it('fires through the notifier, reports clicks and the due count, once across reloads', async () => {
    const time = fakeTime();
    const storage = memory();
    const shown: Array<{ title: string; onClick: () => void }> = [];
    const make = () =>
      createWebReminders({ ...time, storage, notifier: { show: (n) => void shown.push(n) } });
    const reminders = make();
    const clicks: ReminderClick[] = [];
    const counts: number[] = [];
    reminders.onClicked((c) => void clicks.push(c));
    reminders.onCount((n) => void counts.push(n));
    await reminders.setSchedule([
      {
        id: 'closeDue:opp-00000042',
        dueAt: new Date(time.now() + 5000).toISOString(),
        title: 'Close date in 7 days',
        recordType: 'opportunity',
        recordId: 'opp-00000042',
      },
    ]);
    await time.advance(5000);
    expect(shown.map((n) => n.title)).toEqual(['Close date in 7 days']);
    shown[0]!.onClick();
    expect(clicks).toEqual([
      {
        kind: 'record',
        reminderId: 'closeDue:opp-00000042',
        recordType: 'opportunity',
        recordId: 'opp-00000042',
      },
    ]);
    expect(counts.at(-1)).toBe(1);

    const reloaded = make();
    expect((await reloaded.list())[0]).toMatchObject({ status: 'fired' });
    await time.advance(60_000);
    expect(shown).toHaveLength(1);
    await reloaded.done('closeDue:opp-00000042');
    expect((await reloaded.list())[0]!.status).toBe('done');
  });

  it('turns a refusal into a PlatformError naming the field', async () => {
    const reminders = createWebReminders({ ...fakeTime(), storage: memory(), notifier: { show: () => {} } });
    await expect(reminders.snooze('missing', new Date(Date.now() + 1000))).rejects.toMatchObject({
      name: 'PlatformError',
      field: 'id',
    });
  });
});
