import type { Activity } from '@shared/model/activity';
import type { BaseDoc } from '@shared/model/common';
import type { Opportunity } from '@shared/model/opportunity';
import { localDate } from '@shared/reminders/zoned-time';

/** Open and past its expected close date (YYYY-MM-DD, compared as the viewer's local "today"). */
export function isOverdue(
  opp: Pick<Opportunity, 'status' | 'expectedCloseDate' | 'trashedAt'>,
  today: string,
): boolean {
  return opp.status === 'open' && !opp.trashedAt && opp.expectedCloseDate < today;
}

export interface Expiry {
  opportunity: Opportunity;
  patch: Pick<Opportunity, 'status' | 'closedAt'>;
  /** The history event; it follows the opportunity's owner so the next owner sees it. */
  history: Omit<Activity, keyof BaseDoc>;
  historyOwner: Pick<BaseDoc, 'ownerId' | 'departmentId'>;
  /** Who is told: the owner, and the owner's manager when there is another one. */
  notify: string[];
}

/**
 * The opportunities the server closes as "expired": still open when their expected close date is over in the
 * company's time zone (a deal due "on the 30th" is not late until the 30th has ended there). Idempotent by
 * design: once expired the status is no longer "open", so a second run (or a second server) finds nothing.
 */
export function expiredOpportunities(
  opps: readonly Opportunity[],
  now: Date,
  tz: string,
  managerOf: (ownerId: string) => string | undefined = () => undefined,
): Expiry[] {
  const today = localDate(now, tz);
  const iso = now.toISOString();
  return opps
    .filter((o) => isOverdue(o, today))
    .map((o) => {
      const manager = managerOf(o.ownerId);
      return {
        opportunity: o,
        patch: { status: 'expired', closedAt: iso },
        history: {
          kind: 'system',
          subjectType: 'opportunity',
          subjectId: o.id,
          accountId: o.accountId,
          at: iso,
          title: `Expired: expected close date ${o.expectedCloseDate} passed without a result`,
          data: {
            event: 'expired',
            expectedCloseDate: o.expectedCloseDate,
            stageId: o.stageId,
            probability: o.probability,
          },
        },
        historyOwner: { ownerId: o.ownerId, departmentId: o.departmentId },
        notify: manager && manager !== o.ownerId ? [o.ownerId, manager] : [o.ownerId],
      };
    });
}
