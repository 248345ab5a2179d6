// The reminders feature's public entry: the shell and other features import only what is exported here.
export { ReminderScheduler } from './ReminderScheduler';
export { deviceTimeZone } from './schedule-context';
export { withScheduleEvents, type ScheduledReminders } from './schedule-events';
