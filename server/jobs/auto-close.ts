import { sql, type Transaction } from 'kysely';
import type { Activity } from '@shared/model/activity';
import type { Notification } from '@shared/model/notification';
import type { Opportunity } from '@shared/model/opportunity';
import { localDate } from '@shared/reminders/zoned-time';
import { expiredOpportunities } from '@shared/sales/expiry';
import type { Database } from '../db/schema';
import { docData as parse } from '../db/docs-table';
import { jobDocId } from './job-id';
import { insertIfAbsent, replaceIfUnchanged, SYSTEM_USER } from './job-writes';
import type { Org } from './org';

export interface AutoCloseResult {
  expired: string[];
  notifications: number;
}

/**
 * Closes open opportunities whose expected close date is over in the company's time zone: status "expired",
 * a system history activity on the deal, and a notification to the owner and the owner's manager.
 * Runs inside the caller's transaction; each deal is switched by a conditional update, so only the run that
 * actually flipped it writes its history and notifications.
 */
export async function autoCloseExpired(
  tx: Transaction<Database>,
  org: Org,
  now: Date,
  timeZone: string,
): Promise<AutoCloseResult> {
  const today = localDate(now, timeZone);
  const rows = await tx
    .selectFrom('docs')
    .select(['id', 'data'])
    .where('collection', '=', 'opportunities')
    .where('deleted', '=', false)
    .where(sql<string>`data->>'status'`, '=', 'open')
    .where(sql<string>`data->>'expectedCloseDate'`, '<', today)
    .execute();
  const opps = rows.map((r) => parse(r) as Opportunity);
  const iso = now.toISOString();
  const result: AutoCloseResult = { expired: [], notifications: 0 };
  for (const e of expiredOpportunities(opps, now, timeZone, org.managerOf)) {
    const opp = e.opportunity;
    const next: Opportunity = { ...opp, ...e.patch, updatedAt: iso, updatedBy: SYSTEM_USER };
    if (
      !(await replaceIfUnchanged(tx, 'opportunities', opp.updatedAt, next, {
        field: 'status',
        equals: 'open',
      }))
    )
      continue;
    result.expired.push(opp.id);
    const history: Activity = {
      ...e.history,
      id: jobDocId('expired-history', opp.id, opp.expectedCloseDate),
      ...e.historyOwner,
      createdAt: iso,
      updatedAt: iso,
      createdBy: SYSTEM_USER,
      updatedBy: SYSTEM_USER,
    };
    await insertIfAbsent(tx, 'activities', history);
    for (const recipient of e.notify) {
      const note: Notification = {
        id: jobDocId('expired', opp.id, recipient, opp.expectedCloseDate),
        ownerId: recipient,
        // The recipient's own department, so a manager's notification stays in the manager's scope.
        departmentId: recipient === opp.ownerId ? opp.departmentId : org.departmentOf(recipient),
        createdAt: iso,
        updatedAt: iso,
        createdBy: SYSTEM_USER,
        updatedBy: SYSTEM_USER,
        kind: 'expired',
        subjectType: 'opportunity',
        subjectId: opp.id,
        title: opp.name,
        body: `Expected close date ${opp.expectedCloseDate} passed without a result; the opportunity was closed as expired.`,
        at: iso,
      };
      if (await insertIfAbsent(tx, 'notifications', note)) result.notifications++;
    }
  }
  return result;
}
