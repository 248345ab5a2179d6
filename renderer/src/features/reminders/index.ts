// The reminders feature's public entry: the shell and other features import only what is exported here.
export { deviceTimeZone } from './schedule-context';
export { useReminderSchedule } from './use-reminder-schedule';
