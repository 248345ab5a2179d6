import type { ReminderEntry } from '@shared/ipc/contract';
import type { Notification } from '@shared/model/notification';

/** Reminder ids the schedule gives to server notifications (see reminders/notification-items.ts). */
export const NOTIFICATION_ENTRY_PREFIX = 'ntf:';
const UPCOMING_DAYS = 7;
const UPCOMING_MAX = 10;

export interface CentreModel {
  due: ReminderEntry[];
  snoozed: ReminderEntry[];
  upcoming: ReminderEntry[];
  alerts: Notification[];
  /** The bell's number: reminders due now plus unread alerts. */
  count: number;
}

/**
 * What the centre shows: reminders that fired and are not done (latest first), snoozed ones, the next week's,
 * and the user's server alerts (unread first). Server alerts also sit in the reminder schedule (to pop up as
 * OS notifications); they are listed once, as alerts.
 */
export function centreModel(
  entries: readonly ReminderEntry[],
  notifications: readonly Notification[],
  userId: string,
  now: Date,
): CentreModel {
  const reminders = entries.filter((e) => !e.id.startsWith(NOTIFICATION_ENTRY_PREFIX));
  const horizon = now.getTime() + UPCOMING_DAYS * 86_400_000;
  const due = reminders
    .filter((e) => e.status === 'fired')
    .sort((a, b) => (b.firedAt ?? b.dueAt).localeCompare(a.firedAt ?? a.dueAt));
  const snoozed = reminders
    .filter((e) => e.status === 'snoozed')
    .sort((a, b) => (a.snoozedUntil ?? '').localeCompare(b.snoozedUntil ?? ''));
  const upcoming = reminders
    .filter((e) => e.status === 'pending' && Date.parse(e.dueAt) <= horizon)
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    .slice(0, UPCOMING_MAX);
  const alerts = notifications
    .filter((n) => n.ownerId === userId && !n.trashedAt)
    .sort((a, b) => Number(!!a.readAt) - Number(!!b.readAt) || b.at.localeCompare(a.at));
  return { due, snoozed, upcoming, alerts, count: due.length + alerts.filter((n) => !n.readAt).length };
}

/** Snooze choices: an hour from now, or tomorrow at 09:00 on the device's clock. */
export function snoozeTimes(now: Date): { hour: Date; tomorrow: Date } {
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  tomorrow.setHours(9, 0, 0, 0);
  return { hour: new Date(now.getTime() + 3_600_000), tomorrow };
}
