import type { Opportunity } from '@shared/model/opportunity';
import { localDate } from '@shared/reminders/zoned-time';

/** The local date a deal was won (closedAt in the company zone), else its expected close date. */
export function wonDate(opp: Pick<Opportunity, 'closedAt' | 'expectedCloseDate'>, tz: string): string {
  return opp.closedAt ? localDate(new Date(opp.closedAt), tz) : opp.expectedCloseDate;
}

export interface DateRange {
  /** Inclusive, YYYY-MM-DD. */
  from: string;
  to: string;
}

export const inRange = (date: string, range: DateRange) => date >= range.from && date <= range.to;
