import type { ReminderItem } from '@shared/ipc/contract';
import type { Reminder } from '@shared/reminders/reminder';

/** Translates a reminder for the OS notification; `t` is i18next's, bound to the `reminders` namespace. */
export type ReminderText = (key: string, params: Record<string, string | number>) => string;

/**
 * The platform's schedule items for the computed reminders: titles in the user's language, each id once
 * (the first, i.e. earliest, wins), because the scheduler keys everything by the stable id.
 */
export function toReminderItems(reminders: readonly Reminder[], text: ReminderText): ReminderItem[] {
  const seen = new Set<string>();
  const items: ReminderItem[] = [];
  for (const r of reminders) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const title = text(`title.${r.kind}`, r.params).slice(0, 300) || r.title.slice(0, 300);
    const body = text(`body.${r.kind}`, r.params).slice(0, 2000);
    items.push({
      id: r.id,
      dueAt: r.dueAt,
      title,
      ...(body ? { body } : {}),
      recordType: r.subjectType,
      recordId: r.subjectId,
    });
  }
  return items;
}

/** Same schedule for the scheduler's purposes: same ids, times and texts. */
export function scheduleSignature(items: readonly ReminderItem[]): string {
  return JSON.stringify(
    [...items]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((i) => [i.id, i.dueAt, i.title, i.body ?? '', i.recordType, i.recordId]),
  );
}
