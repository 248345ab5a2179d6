import type { Activity } from '@shared/model/activity';
import type { Campaign } from '@shared/model/campaign';
import { POOL_OWNER } from '@shared/model/common';
import type { Lead } from '@shared/model/lead';
import type { Opportunity } from '@shared/model/opportunity';
import type { Sample } from '@shared/model/sample';
import { reminderId, type Reminder } from './reminder';
import type { ReminderSettings } from './settings';
import { addDays, localDate, zonedInstant } from './zoned-time';

/** What every rule needs; the clock and the zone are passed in, never read. */
export interface RuleContext {
  now: Date;
  timeZone: string;
  settings: ReminderSettings;
  /** The manager of a rep, for alerts that must also reach them (stale deals). */
  managerOf?: (ownerId: string) => string | undefined;
}

/** A reminder before its quiet-hours adjustment. */
export type RawReminder = Omit<Reminder, 'id'>;

const live = <T extends { trashedAt?: string }>(xs: readonly T[]) => xs.filter((x) => !x.trashedAt);

function make(r: RawReminder): Reminder {
  return { id: reminderId(r.kind, r.subjectId, r.recipientId, r.basis), ...r };
}

/** N days before the expected close date at the reminder time, local; dropped once the date has passed. */
export function closeDueReminders(opps: readonly Opportunity[], ctx: RuleContext): Reminder[] {
  const n = ctx.settings.closeReminderDays;
  const today = localDate(ctx.now, ctx.timeZone);
  return live(opps)
    .filter((o) => o.status === 'open' && o.ownerId !== POOL_OWNER && o.expectedCloseDate >= today)
    .map((o) =>
      make({
        kind: 'closeDue',
        recipientId: o.ownerId,
        subjectType: 'opportunity',
        subjectId: o.id,
        dueAt: zonedInstant(
          addDays(o.expectedCloseDate, -n),
          ctx.settings.reminderTime,
          ctx.timeZone,
        ).toISOString(),
        basis: `${o.expectedCloseDate}-${n}d`,
        title: `"${o.name}" is expected to close on ${o.expectedCloseDate}`,
        params: { name: o.name, date: o.expectedCloseDate, days: n },
      }),
    );
}

/** The last time anyone touched a deal: its own update or an activity logged on it. */
export function lastTouched(opp: Opportunity, activities: readonly Activity[]): string {
  let last = opp.updatedAt;
  for (const a of activities) {
    if (
      a.subjectType === 'opportunity' &&
      a.subjectId === opp.id &&
      !a.trashedAt &&
      Date.parse(a.at) > Date.parse(last)
    )
      last = a.at;
  }
  return last;
}

/** An open deal not touched for staleHours (elapsed hours, DST-proof): to the owner and the owner's manager. */
export function staleReminders(
  opps: readonly Opportunity[],
  activities: readonly Activity[],
  ctx: RuleContext,
): Reminder[] {
  const hours = ctx.settings.staleHours;
  return live(opps)
    .filter((o) => o.status === 'open' && o.ownerId !== POOL_OWNER)
    .flatMap((o) => {
      const touched = lastTouched(o, activities);
      const dueAt = new Date(Date.parse(touched) + hours * 3_600_000).toISOString();
      const manager = ctx.managerOf?.(o.ownerId);
      const recipients = manager && manager !== o.ownerId ? [o.ownerId, manager] : [o.ownerId];
      return recipients.map((recipientId) =>
        make({
          kind: 'stale',
          recipientId,
          subjectType: 'opportunity',
          subjectId: o.id,
          dueAt,
          basis: touched,
          title: `"${o.name}" has not been updated for ${hours} hours`,
          params: { name: o.name, hours, ownerId: o.ownerId },
        }),
      );
    });
}

/** Open tasks at their due instant. */
export function taskReminders(activities: readonly Activity[]): Reminder[] {
  return live(activities)
    .filter((a) => a.kind === 'task' && !a.done && a.dueAt && a.ownerId !== POOL_OWNER)
    .map((a) =>
      make({
        kind: 'taskDue',
        recipientId: a.ownerId,
        subjectType: 'activity',
        subjectId: a.id,
        dueAt: new Date(a.dueAt!).toISOString(),
        basis: a.dueAt!,
        title: `Task due: ${a.title}`,
        params: { title: a.title },
      }),
    );
}

/** A sample's follow-up date at the reminder time, until the customer's feedback is in. */
export function sampleReminders(samples: readonly Sample[], ctx: RuleContext): Reminder[] {
  return live(samples)
    .filter((s) => s.followUpDate && s.status !== 'feedback' && s.ownerId !== POOL_OWNER)
    .map((s) =>
      make({
        kind: 'sampleFollowUp',
        recipientId: s.ownerId,
        subjectType: 'sample',
        subjectId: s.id,
        dueAt: zonedInstant(s.followUpDate!, ctx.settings.reminderTime, ctx.timeZone).toISOString(),
        basis: s.followUpDate!,
        title: `Follow up on the sample (${s.lines[0]?.name ?? 'sample'})`,
        params: { product: s.lines[0]?.name ?? '', date: s.followUpDate! },
      }),
    );
}

/**
 * A lead still "new" N days after the show it came from (the campaign's end date, else the day it was captured,
 * local), at the reminder time. Pool leads have no one to remind.
 */
export function leadReminders(
  leads: readonly Lead[],
  campaigns: readonly Campaign[],
  ctx: RuleContext,
): Reminder[] {
  const n = ctx.settings.leadContactDays;
  const showEnd = new Map(campaigns.map((c) => [c.id, c.endDate ?? c.startDate]));
  return live(leads)
    .filter((l) => l.status === 'new' && l.ownerId !== POOL_OWNER)
    .map((l) => {
      const showDate =
        (l.campaignId && showEnd.get(l.campaignId)) || localDate(new Date(l.capturedAt), ctx.timeZone);
      return make({
        kind: 'leadNotContacted',
        recipientId: l.ownerId,
        subjectType: 'lead',
        subjectId: l.id,
        dueAt: zonedInstant(addDays(showDate, n), ctx.settings.reminderTime, ctx.timeZone).toISOString(),
        basis: `${showDate}+${n}d`,
        title: `${l.name}${l.company ? ` (${l.company})` : ''} has not been contacted ${n} days after the show`,
        params: { name: l.name, company: l.company, days: n },
      });
    });
}
