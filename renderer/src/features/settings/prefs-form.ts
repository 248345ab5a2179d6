import { reminderKinds, type ReminderKind } from '@shared/reminders/reminder';
import { REMINDER_DEFAULTS, type UserReminderPrefs } from '@shared/reminders/settings';

/** The settings form's state: text inputs keep what was typed, so a bad value can be named, not lost. */
export interface PrefsForm {
  /** Empty: use the company's setting. */
  closeReminderDays: string;
  reminderTime: string;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  kinds: ReminderKind[];
}

export function formFromPrefs(prefs: UserReminderPrefs): PrefsForm {
  return {
    closeReminderDays: prefs.closeReminderDays === undefined ? '' : String(prefs.closeReminderDays),
    reminderTime: prefs.reminderTime ?? REMINDER_DEFAULTS.reminderTime,
    quietEnabled: !!prefs.quietHours,
    quietStart: prefs.quietHours?.start ?? '22:00',
    quietEnd: prefs.quietHours?.end ?? '08:00',
    kinds: prefs.kinds ? [...prefs.kinds] : [...reminderKinds],
  };
}

/** The preferences to store (validated on save); an empty days field means "no override", disabled quiet hours none. */
export function prefsFromForm(form: PrefsForm, previous: UserReminderPrefs = {}): UserReminderPrefs {
  const { closeReminderDays: _c, quietHours: _q, ...kept } = previous;
  const days = form.closeReminderDays.trim();
  return {
    ...kept,
    ...(days === '' ? {} : { closeReminderDays: Number(days) }),
    reminderTime: form.reminderTime,
    ...(form.quietEnabled ? { quietHours: { start: form.quietStart, end: form.quietEnd } } : {}),
    kinds: reminderKinds.filter((k) => form.kinds.includes(k)),
  };
}
