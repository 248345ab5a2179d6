import type { Account } from '@shared/model/account';
import type { Opportunity } from '@shared/model/opportunity';
import { pipelineFor, type PipelineEntry } from '@shared/pipeline/stages';

export interface OpportunityForm {
  name: string;
  kind: 'ordinary' | 'project';
  amount: string;
  currency: string;
  expectedCloseDate: string;
  campaignId: string;
}

export type NewOpportunity = Omit<
  Opportunity,
  'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy' | 'trashedAt'
>;
export type OpportunityError = { field: keyof OpportunityForm; code: 'required' | 'number' };

/**
 * A new opportunity of an account, at the first stage of its kind's pipeline with that stage's default
 * probability. It belongs to the account's owner (children follow the account) and is credited to the campaign.
 */
export function newOpportunity(
  form: OpportunityForm,
  account: Pick<Account, 'id' | 'ownerId' | 'departmentId'>,
  pipelines: PipelineEntry[],
): { ok: true; fields: NewOpportunity } | { ok: false; errors: OpportunityError[] } {
  const errors: OpportunityError[] = [];
  const name = form.name.trim();
  if (!name) errors.push({ field: 'name', code: 'required' });
  const amountText = form.amount.replace(/[,\s]/g, '');
  const amount = amountText === '' ? 0 : Number(amountText);
  if (!Number.isFinite(amount) || amount < 0) errors.push({ field: 'amount', code: 'number' });
  if (!/^[A-Z]{3}$/.test(form.currency.trim().toUpperCase()))
    errors.push({ field: 'currency', code: 'required' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.expectedCloseDate))
    errors.push({ field: 'expectedCloseDate', code: 'required' });
  const entry = pipelineFor({ pipelineId: '', kind: form.kind }, pipelines);
  const first = entry?.pipeline.stages.find((s) => s.kind === 'open');
  if (errors.length || !entry || !first) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      name,
      kind: form.kind,
      accountId: account.id,
      ownerId: account.ownerId,
      departmentId: account.departmentId,
      contactIds: [],
      pipelineId: entry.id,
      stageId: first.id,
      probability: first.probability,
      probabilityOverridden: false,
      amount,
      currency: form.currency.trim().toUpperCase(),
      expectedCloseDate: form.expectedCloseDate,
      status: 'open',
      difficulty: 1,
      sourceType: form.campaignId ? 'campaign' : 'account',
      sourceId: form.campaignId || account.id,
      campaignId: form.campaignId,
      lines: [],
      teamMemberIds: [],
      milestones: [],
    },
  };
}
