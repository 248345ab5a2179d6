import type { ReminderItem } from '@shared/ipc/contract';
import type { Notification } from '@shared/model/notification';
import type { Reminder } from '@shared/reminders/reminder';
import type { ReminderText } from './reminder-items';

/** Older unread server alerts stay in the notification centre but no longer pop up. */
export const NOTIFICATION_POPUP_DAYS = 14;

/**
 * Server notifications addressed to the user (a manager's stale or expired deal) become OS notifications
 * too, with an id of their own so they fire once. One the device already reminds of (same kind and record,
 * e.g. a manager's own stale rule) is left out; a read one leaves the schedule.
 */
export function notificationItems(
  notifications: readonly Notification[],
  reminders: readonly Reminder[],
  userId: string,
  now: Date,
  text: ReminderText,
): ReminderItem[] {
  const covered = new Set(reminders.map((r) => `${r.kind}:${r.subjectId}`));
  const since = now.getTime() - NOTIFICATION_POPUP_DAYS * 86_400_000;
  return notifications
    .filter((n) => n.ownerId === userId && !n.readAt && !n.trashedAt && Date.parse(n.at) >= since)
    .filter((n) => !covered.has(`${n.kind}:${n.subjectId}`))
    .map((n) => {
      const title =
        text(`notification.${n.kind}`, { name: n.title }).slice(0, 300) || n.title.slice(0, 300) || n.kind;
      return {
        id: `ntf:${n.id}`,
        dueAt: n.at,
        title,
        ...(n.body ? { body: n.body.slice(0, 2000) } : {}),
        recordType: n.subjectType,
        recordId: n.subjectId,
      };
    });
}
