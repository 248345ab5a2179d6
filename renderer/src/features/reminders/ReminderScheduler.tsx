import { useMemo } from 'react';
import type { ScheduledReminders } from './schedule-events';
import { useReminderSchedule } from './use-reminder-schedule';

/**
 * Keeps the platform's reminder schedule in step with the local records for as long as the app runs. Mounted
 * once, by the shell: app-wide work, not a widget's.
 */
export function ReminderScheduler({ reminders }: { reminders: ScheduledReminders }) {
  useReminderSchedule(useMemo(() => ({ setSchedule: reminders.setSchedule }), [reminders]));
  return null;
}
