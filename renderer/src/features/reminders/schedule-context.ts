import type { SettingsDoc } from '@shared/model/settings';
import type { ScheduleContext } from '@shared/reminders/schedule';
import { resolveReminderSettings } from '@shared/reminders/settings';
import { readReminderPrefs, userPrefsId } from '../settings';

export interface ContextInputs {
  userId: string;
  /** The synced settings collection: company, departments, users and the user's own preferences. */
  settings: readonly SettingsDoc[];
  now: Date;
  timeZone: string;
}

/** The device's IANA zone; UTC when the runtime cannot tell. */
export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * What the reminder rules need for this user: company defaults overridden by the user's own preferences,
 * the manager of each rep (department settings doc → managerId), and only this user's reminders.
 */
export function scheduleContextFor({ userId, settings, now, timeZone }: ContextInputs): ScheduleContext {
  const live = settings.filter((s) => !s.trashedAt);
  const company = live.find((s) => s.kind === 'company')?.data as
    { closeReminderDays?: number; staleHours?: number } | undefined;
  const prefs = readReminderPrefs(live.find((s) => s.id === userPrefsId(userId)));
  const departmentOf = new Map<string, string>();
  const managerOfDept = new Map<string, string>();
  for (const s of live) {
    if (s.kind === 'user' && typeof s.data.departmentId === 'string')
      departmentOf.set(s.id, s.data.departmentId);
    if (s.kind === 'department' && typeof s.data.managerId === 'string' && s.data.managerId)
      managerOfDept.set(s.id, s.data.managerId);
  }
  return {
    now,
    timeZone,
    recipientId: userId,
    settings: resolveReminderSettings(
      {
        ...(typeof company?.closeReminderDays === 'number'
          ? { closeReminderDays: company.closeReminderDays }
          : {}),
        ...(typeof company?.staleHours === 'number' ? { staleHours: company.staleHours } : {}),
      },
      prefs,
    ),
    managerOf: (ownerId) => {
      const dept = departmentOf.get(ownerId);
      return dept ? managerOfDept.get(dept) : undefined;
    },
  };
}
