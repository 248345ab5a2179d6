import { describe, expect, it } from 'vitest';
import { defaultPipelines } from '@shared/pipeline/defaults';
import { newOpportunity } from './new-opportunity';

const account = { id: 'acc-0000001', ownerId: 'u-li', departmentId: 'd-1' };
const form = {
  name: 'Kettles 2027',
  kind: 'ordinary' as const,
  amount: '50,000',
  currency: 'usd',
  expectedCloseDate: '2026-12-31',
  campaignId: 'cmp-canton-1',
};

describe('newOpportunity', () => {
  it('starts at the first stage of the kind’s pipeline, owned like the account, credited to the campaign', () => {
    const r = newOpportunity(form, account, defaultPipelines());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fields).toMatchObject({
      pipelineId: 'pl-ordinary',
      stageId: 'st-got',
      probability: 10,
      amount: 50000,
      currency: 'USD',
      ownerId: 'u-li',
      departmentId: 'd-1',
      campaignId: 'cmp-canton-1',
      sourceType: 'campaign',
      status: 'open',
    });
    const project = newOpportunity({ ...form, kind: 'project', campaignId: '' }, account, defaultPipelines());
    expect(
      project.ok && [project.fields.pipelineId, project.fields.stageId, project.fields.sourceType],
    ).toEqual(['pl-project', 'pj-initiation', 'account']);
  });

  it('names the bad fields', () => {
    expect(
      newOpportunity(
        { ...form, name: '', amount: 'abc', expectedCloseDate: '' },
        account,
        defaultPipelines(),
      ),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'name', code: 'required' },
        { field: 'amount', code: 'number' },
        { field: 'expectedCloseDate', code: 'required' },
      ],
    });
  });
});
