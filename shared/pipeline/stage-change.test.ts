import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import type { Opportunity } from '@shared/model/opportunity';
import { stampNew } from '@shared/model/stamp';
import { validateDoc } from '@shared/model/validate';
import { defaultPipelines } from './defaults';
import { applyStageChange } from './stage-change';

const pl = defaultPipelines()[0]!.pipeline;
const actor = { userId: 'u-wang', departmentId: 'd-1' };
const now = new Date('2026-05-02T03:04:05.000Z');
const opp: Opportunity = { ...validDocs.opportunities, stageId: 'st-samples', probability: 40 };

function ok(r: ReturnType<typeof applyStageChange>) {
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe('applyStageChange', () => {
  it('applies the stage default probability and records who, when, from, to, probability, note', () => {
    const r = ok(applyStageChange(opp, 'st-quote', pl, actor, now, '  customer confirmed samples '));
    expect(r.patch).toEqual({
      stageId: 'st-quote',
      probability: 60,
      probabilityOverridden: false,
      status: 'open',
      closedAt: undefined,
    });
    expect(r.history).toMatchObject({
      kind: 'stageChange',
      subjectType: 'opportunity',
      subjectId: opp.id,
      accountId: opp.accountId,
      at: now.toISOString(),
      title: '提供样品 → 报价',
      body: 'customer confirmed samples',
      data: {
        fromStageId: 'st-samples',
        toStageId: 'st-quote',
        fromProbability: 40,
        probability: 60,
        status: 'open',
        byUserId: 'u-wang',
        note: 'customer confirmed samples',
      },
    });
    expect(r.historyOwner).toEqual({ ownerId: opp.ownerId, departmentId: opp.departmentId });
  });

  it('produces a history event and a patched opportunity that validate', () => {
    const r = ok(applyStageChange(opp, 'st-won', pl, actor, now));
    expect(validateDoc('activities', stampNew(r.history, actor, now, r.historyOwner)).ok).toBe(true);
    expect(validateDoc('opportunities', { ...opp, ...r.patch }).ok).toBe(true);
    expect(r.history.body).toBeUndefined();
  });

  it('keeps a hand-set probability while the deal stays open', () => {
    const manual = { ...opp, probability: 55, probabilityOverridden: true };
    const r = ok(applyStageChange(manual, 'st-audit', pl, actor, now));
    expect(r.patch).toMatchObject({ probability: 55, probabilityOverridden: true });
    expect(r.history.data.probability).toBe(55);
  });

  it('closes as won or lost with the stage probability, even if overridden, and stamps closedAt', () => {
    const manual = { ...opp, probability: 55, probabilityOverridden: true };
    expect(ok(applyStageChange(manual, 'st-won', pl, actor, now)).patch).toEqual({
      stageId: 'st-won',
      probability: 100,
      probabilityOverridden: false,
      status: 'won',
      closedAt: now.toISOString(),
    });
    expect(ok(applyStageChange(opp, 'st-lost', pl, actor, now)).patch).toMatchObject({
      status: 'lost',
      probability: 0,
      closedAt: now.toISOString(),
    });
  });

  it('reopens a closed or expired deal and clears closedAt', () => {
    const lost = {
      ...opp,
      stageId: 'st-lost',
      status: 'lost' as const,
      probability: 0,
      closedAt: '2026-04-01T00:00:00.000Z',
    };
    expect(ok(applyStageChange(lost, 'st-needs', pl, actor, now)).patch).toEqual({
      stageId: 'st-needs',
      probability: 30,
      probabilityOverridden: false,
      status: 'open',
      closedAt: undefined,
    });
    const expired = { ...opp, status: 'expired' as const };
    expect(ok(applyStageChange(expired, 'st-quote', pl, actor, now)).patch.status).toBe('open');
  });

  it('records the removed stage id as "from" when the old stage no longer exists', () => {
    const r = ok(applyStageChange({ ...opp, stageId: 'st-old' }, 'st-quote', pl, actor, now));
    expect(r.history.title).toBe('st-old → 报价');
    expect(r.history.data.fromStageId).toBe('st-old');
  });

  it('refuses an unknown stage or the current stage, naming the field', () => {
    expect(applyStageChange(opp, 'st-nope', pl, actor, now)).toEqual({
      ok: false,
      field: 'stageId',
      message: expect.stringContaining('st-nope'),
    });
    expect(applyStageChange(opp, 'st-samples', pl, actor, now)).toMatchObject({
      ok: false,
      field: 'stageId',
    });
  });
});
