import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '@shared/model/activity';
import type { Campaign } from '@shared/model/campaign';
import type { Lead } from '@shared/model/lead';
import type { Notification } from '@shared/model/notification';
import type { Opportunity } from '@shared/model/opportunity';
import type { Sample } from '@shared/model/sample';
import type { SettingsDoc } from '@shared/model/settings';
import { reminderSchedule, type ReminderRecords } from '@shared/reminders/schedule';
import type { ReminderItem } from '@shared/ipc/contract';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { notificationItems } from './notification-items';
import { toReminderItems } from './reminder-items';
import { deviceTimeZone, scheduleContextFor } from './schedule-context';
import { createScheduleSender } from './schedule-sender';

export interface ReminderScheduleOptions {
  setSchedule: (items: ReminderItem[]) => Promise<unknown>;
  debounceMs?: number;
  /** Re-plans even without changes, so that "today" moves on (a passed close date drops its reminder). */
  refreshMs?: number;
  now?: () => Date;
  timeZone?: () => string;
}

/**
 * Keeps the platform's reminder schedule equal to what the local records say for the signed-in user:
 * observes the collections reminders come from, recomputes with shared/reminders on every change
 * (debounced) and sends the result only when it differs from the last one sent.
 */
export function useReminderSchedule(opts: ReminderScheduleOptions | null) {
  const db = useDatabase();
  const { userId } = useSession();
  const { t } = useTranslation('reminders');
  const setSchedule = opts?.setSchedule;
  const {
    debounceMs,
    refreshMs = 15 * 60_000,
    now = () => new Date(),
    timeZone = deviceTimeZone,
  } = opts ?? {};

  useEffect(() => {
    if (!setSchedule) return;
    const sender = createScheduleSender({
      setSchedule,
      debounceMs,
      onError: (e) => console.warn('reminder schedule not sent', e),
    });
    const records: ReminderRecords & { settings?: SettingsDoc[]; notifications?: Notification[] } = {};
    const sources = 7;
    let loaded = 0;
    const plan = () => {
      if (loaded < sources) return; // a half-loaded store would drop reminders only to add them back
      sender.schedule(() => {
        const ctx = scheduleContextFor({
          userId,
          settings: records.settings ?? [],
          now: now(),
          timeZone: timeZone(),
        });
        const text = (key: string, params: Record<string, string | number>) => t(key, params);
        const reminders = reminderSchedule(records, ctx);
        return [
          ...toReminderItems(reminders, text),
          ...notificationItems(records.notifications ?? [], reminders, userId, ctx.now, text),
        ];
      });
    };
    const watch = <T>(
      query: { $: { subscribe(fn: (docs: { toJSON(): unknown }[]) => void): { unsubscribe(): void } } },
      set: (docs: T[]) => void,
    ) => {
      let first = true;
      return query.$.subscribe((docs) => {
        set(docs.map((d) => d.toJSON() as T));
        if (first) {
          first = false;
          loaded++;
        }
        plan();
      });
    };
    const subs = [
      watch<Opportunity>(
        db.opportunities.find({ selector: { status: 'open' } }),
        (d) => (records.opportunities = d),
      ),
      // Tasks for their due dates, and everything logged on a deal for its last touch.
      watch<Activity>(
        db.activities.find({ selector: { $or: [{ kind: 'task' }, { subjectType: 'opportunity' }] } }),
        (d) => (records.activities = d),
      ),
      watch<Sample>(db.samples.find(), (d) => (records.samples = d)),
      watch<Lead>(db.leads.find({ selector: { status: 'new' } }), (d) => (records.leads = d)),
      watch<Campaign>(db.campaigns.find(), (d) => (records.campaigns = d)),
      watch<SettingsDoc>(db.settings.find(), (d) => (records.settings = d)),
      // The server's alerts for this user (a manager's stale/expired deals) pop up like reminders.
      watch<Notification>(
        db.notifications.find({ selector: { ownerId: userId } }),
        (d) => (records.notifications = d),
      ),
    ];
    const tick = setInterval(plan, refreshMs);
    return () => {
      subs.forEach((s) => s.unsubscribe());
      clearInterval(tick);
      sender.dispose();
    };
    // `now`/`timeZone` are read at each plan; re-subscribing on their identity would resend needlessly.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, userId, setSchedule, debounceMs, refreshMs, t]);
}
