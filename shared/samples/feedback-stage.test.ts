import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import { defaultPipelines } from '@shared/pipeline/defaults';
import { feedbackStageOffer } from './feedback-stage';

const pipeline = defaultPipelines()[0]!.pipeline;
const opp = validDocs.opportunities; // at "provide samples" (40 %)
const owner = { userId: opp.ownerId, role: 'rep' as const, departmentId: opp.departmentId };

describe('feedbackStageOffer', () => {
  it('offers the next stage of the board, with its probability, to whoever may change the deal', () => {
    const offer = feedbackStageOffer(opp, pipeline, owner)!;
    expect(offer.current.id).toBe('st-samples');
    expect(offer.next).toMatchObject({ id: 'st-quote', probability: 60 });
    expect(offer.choices.map((s) => s.id)).not.toContain('st-samples');
    expect(offer.allowed).toBe(true);
  });

  it('shows it disabled to a rep who does not own the deal; a manager of its department may', () => {
    expect(feedbackStageOffer(opp, pipeline, { ...owner, userId: 'someone-else' })!.allowed).toBe(false);
    expect(
      feedbackStageOffer(opp, pipeline, { userId: 'boss', role: 'manager', departmentId: opp.departmentId })!
        .allowed,
    ).toBe(true);
    expect(
      feedbackStageOffer(opp, pipeline, { userId: 'boss', role: 'manager', departmentId: 'other-dept' })!
        .allowed,
    ).toBe(false);
  });

  it('offers nothing for a closed deal or at the end of the board', () => {
    expect(feedbackStageOffer({ ...opp, status: 'won', stageId: 'st-won' }, pipeline, owner)).toBeNull();
    expect(feedbackStageOffer({ ...opp, status: 'lost' }, pipeline, owner)).toBeNull();
    const last = { ...pipeline, stages: pipeline.stages.filter((s) => s.kind === 'open') };
    expect(feedbackStageOffer({ ...opp, stageId: 'st-audit' }, last, owner)).toBeNull();
  });
});
