import { z } from 'zod';
import type { CompanySettings } from '@shared/model/settings';
import { issuesOf, type ValidationIssue } from '@shared/model/validate';
import { reminderKinds, type ReminderKind } from './reminder';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:mm');

/** A user's own reminder preferences, stored in the userPrefs settings document under "reminders". */
export const userReminderPrefsSchema = z
  .object({
    closeReminderDays: z.number().int().min(0).max(90),
    leadContactDays: z.number().int().min(1).max(90),
    /** Local time at which date-based reminders (close date, sample follow-up, lead contact) fire. */
    reminderTime: hhmm,
    quietHours: z.object({ start: hhmm, end: hhmm }),
    kinds: z.array(z.enum(reminderKinds)),
  })
  .partial();
export type UserReminderPrefs = z.infer<typeof userReminderPrefsSchema>;

export interface ReminderSettings {
  closeReminderDays: number;
  staleHours: number;
  leadContactDays: number;
  reminderTime: string;
  quietHours?: { start: string; end: string };
  kinds: ReminderKind[];
}

export const REMINDER_DEFAULTS: ReminderSettings = {
  closeReminderDays: 7,
  staleHours: 48,
  leadContactDays: 3,
  reminderTime: '09:00',
  kinds: [...reminderKinds],
};

/** Effective settings: the user's preference, else the company's, else the defaults (7 days, 48 hours, 09:00). */
export function resolveReminderSettings(
  company?: Partial<Pick<CompanySettings, 'closeReminderDays' | 'staleHours'>>,
  user?: UserReminderPrefs,
): ReminderSettings {
  return {
    closeReminderDays:
      user?.closeReminderDays ?? company?.closeReminderDays ?? REMINDER_DEFAULTS.closeReminderDays,
    staleHours: company?.staleHours ?? REMINDER_DEFAULTS.staleHours,
    leadContactDays: user?.leadContactDays ?? REMINDER_DEFAULTS.leadContactDays,
    reminderTime: user?.reminderTime ?? REMINDER_DEFAULTS.reminderTime,
    ...(user?.quietHours ? { quietHours: { ...user.quietHours } } : {}),
    kinds: user?.kinds ? [...user.kinds] : [...REMINDER_DEFAULTS.kinds],
  };
}

/** Reads the reminder preferences from a userPrefs settings document's data; bad ones name the field. */
export function reminderPrefsFrom(
  userPrefs: Readonly<Record<string, unknown>> | undefined,
): { ok: true; value: UserReminderPrefs } | { ok: false; issues: ValidationIssue[] } {
  const r = userReminderPrefsSchema.safeParse(userPrefs?.reminders ?? {});
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, issues: issuesOf(r.error).map((i) => ({ ...i, field: `reminders.${i.field}` })) };
}
