import type { Opportunity } from '@shared/model/opportunity';

/**
 * What kind of project (项目) a project-type opportunity is, from its source type: a marketing project came from a
 * campaign, a sales project from a lead or another opportunity. Ordinary deals and direct entries have none.
 */
export function projectOrigin(
  opp: Pick<Opportunity, 'kind' | 'sourceType'>,
): 'sales' | 'marketing' | undefined {
  if (opp.kind !== 'project') return undefined;
  if (opp.sourceType === 'campaign') return 'marketing';
  if (opp.sourceType === 'lead' || opp.sourceType === 'opportunity') return 'sales';
  return undefined;
}
