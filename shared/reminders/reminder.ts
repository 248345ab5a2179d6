import type { RecordType } from '@shared/model/common';

export const reminderKinds = ['closeDue', 'stale', 'taskDue', 'sampleFollowUp', 'leadNotContacted'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export interface Reminder {
  /** Stable: kind + record + recipient + the basis the due time was derived from (see reminderId). */
  id: string;
  kind: ReminderKind;
  recipientId: string;
  subjectType: Extract<RecordType, 'opportunity' | 'activity' | 'sample' | 'lead'>;
  subjectId: string;
  /** When to fire (ISO, UTC), after quiet hours. */
  dueAt: string;
  /** The record value the due time came from, e.g. "2026-06-30-7d" or an updatedAt. */
  basis: string;
  /** English fallback; the UI may translate from kind + params. */
  title: string;
  params: Record<string, string | number>;
}

/**
 * The id does not contain the computed instant, only what it was derived from: a change of time zone or quiet
 * hours moves a reminder without re-firing it, while a new close date, a new edit or a new due date is a new
 * reminder (the old id disappears from the schedule, so the scheduler drops it: a reschedule replaces it).
 * Every device computes the same id from the same synced record, so nothing fires twice across devices.
 */
export function reminderId(
  kind: ReminderKind,
  subjectId: string,
  recipientId: string,
  basis: string,
): string {
  return `${kind}:${subjectId}:${recipientId}:${basis}`;
}

/** Reminders whose time has come (due exactly now counts). */
export function dueReminders(schedule: readonly Reminder[], now: Date): Reminder[] {
  const t = now.getTime();
  return schedule.filter((r) => Date.parse(r.dueAt) <= t);
}
