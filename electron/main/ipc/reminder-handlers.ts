import type { ReminderScheduler } from '@shared/reminders/notification-scheduler';
import type { Handlers } from './register';

type ReminderChannels = 'reminders:setSchedule' | 'reminders:list' | 'reminders:snooze' | 'reminders:done';

export function createReminderHandlers(scheduler: ReminderScheduler): Pick<Handlers, ReminderChannels> {
  return {
    'reminders:setSchedule': async ({ items }) => ({ count: await scheduler.setSchedule(items) }),
    'reminders:list': () => scheduler.list(),
    'reminders:snooze': async ({ id, until }) => {
      await scheduler.snooze(id, until);
      return { ok: true as const };
    },
    'reminders:done': async ({ id }) => {
      await scheduler.done(id);
      return { ok: true as const };
    },
  };
}
