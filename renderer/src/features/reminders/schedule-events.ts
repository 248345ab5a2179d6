import type { PlatformReminders } from '../../platform';

/** The platform's reminders, also telling when a new schedule has been sent. */
export interface ScheduledReminders extends PlatformReminders {
  /** Runs after each schedule the platform accepted; returns a stop function. */
  onScheduled(listener: () => void): () => void;
}

/**
 * Wraps the platform's reminders so that the shell's scheduler and the notification centre share them: the centre
 * re-reads after each new schedule, so a reminder just planned shows as upcoming at once.
 */
export function withScheduleEvents(reminders: PlatformReminders): ScheduledReminders {
  const listeners = new Set<() => void>();
  return {
    async setSchedule(items) {
      const size = await reminders.setSchedule(items);
      for (const listener of listeners) listener();
      return size;
    },
    list: () => reminders.list(),
    snooze: (id, until) => reminders.snooze(id, until),
    done: (id) => reminders.done(id),
    onClicked: (listener) => reminders.onClicked(listener),
    onCount: (listener) => reminders.onCount(listener),
    onScheduled(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
