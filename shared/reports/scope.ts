import type { Opportunity } from '@shared/model/opportunity';

/** Forecasts can include ordinary opportunities, project-type ones (项目), or both. */
export type OpportunityScope = 'ordinary' | 'project' | 'both';
export type GroupBy = 'owner' | 'department' | 'month';

export function inScope(opp: Pick<Opportunity, 'kind' | 'trashedAt'>, scope: OpportunityScope): boolean {
  return !opp.trashedAt && (scope === 'both' || opp.kind === scope);
}

/** The row an opportunity falls in: its owner, its department, or the month (YYYY-MM) of a date it carries. */
export function groupKey(
  opp: Pick<Opportunity, 'ownerId' | 'departmentId'>,
  by: GroupBy,
  date: string,
): string {
  return by === 'owner' ? opp.ownerId : by === 'department' ? opp.departmentId : date.slice(0, 7);
}

export const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
