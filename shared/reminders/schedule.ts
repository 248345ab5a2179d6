import type { Activity } from '@shared/model/activity';
import type { Campaign } from '@shared/model/campaign';
import type { Lead } from '@shared/model/lead';
import type { Opportunity } from '@shared/model/opportunity';
import type { Sample } from '@shared/model/sample';
import { applyQuietHours } from './quiet-hours';
import type { Reminder } from './reminder';
import {
  closeDueReminders,
  leadReminders,
  sampleReminders,
  staleReminders,
  taskReminders,
  type RuleContext,
} from './rules';
import { assertTimeZone } from './zoned-time';

export interface ReminderRecords {
  opportunities?: readonly Opportunity[];
  activities?: readonly Activity[];
  samples?: readonly Sample[];
  leads?: readonly Lead[];
  campaigns?: readonly Campaign[];
}

export interface ScheduleContext extends RuleContext {
  /** Only this user's reminders (the device's signed-in user); all recipients when omitted. */
  recipientId?: string;
}

/**
 * The full reminder schedule computed from the records: every enabled kind, for the recipient, moved out of
 * quiet hours, sorted by due time. The scheduler replaces its whole schedule with this on every change, and
 * remembers fired ids, so a changed record re-plans its reminder and a fired one never fires again.
 */
export function reminderSchedule(records: ReminderRecords, ctx: ScheduleContext): Reminder[] {
  assertTimeZone(ctx.timeZone);
  const { opportunities = [], activities = [], samples = [], leads = [], campaigns = [] } = records;
  const enabled = new Set(ctx.settings.kinds);
  const all = [
    ...(enabled.has('closeDue') ? closeDueReminders(opportunities, ctx) : []),
    ...(enabled.has('stale') ? staleReminders(opportunities, activities, ctx) : []),
    ...(enabled.has('taskDue') ? taskReminders(activities) : []),
    ...(enabled.has('sampleFollowUp') ? sampleReminders(samples, ctx) : []),
    ...(enabled.has('leadNotContacted') ? leadReminders(leads, campaigns, ctx) : []),
  ];
  return all
    .filter((r) => !ctx.recipientId || r.recipientId === ctx.recipientId)
    .map((r) => ({
      ...r,
      dueAt: applyQuietHours(new Date(r.dueAt), ctx.settings.quietHours, ctx.timeZone).toISOString(),
    }))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
}
