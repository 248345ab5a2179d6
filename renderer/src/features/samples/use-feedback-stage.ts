import { useMemo } from 'react';
import type { Opportunity } from '@shared/model/opportunity';
import type { Pipeline } from '@shared/model/settings';
import type { Viewer } from '@shared/permissions/policy';
import { pipelineFor } from '@shared/pipeline/stages';
import { feedbackStageOffer, type FeedbackStageOffer } from '@shared/samples/feedback-stage';
import type { CrmDatabase } from '../../db/database';
import { useConfig } from '../../data/use-config';
import { useLiveDocs } from '../../data/use-live-docs';

export interface FeedbackStage {
  opp: Opportunity;
  pipeline: Pipeline;
  offer: FeedbackStageOffer;
}

/** The stage move a sample's feedback can make on its opportunity ('' or an unknown deal: none), live. */
export function useFeedbackStage(
  db: CrmDatabase,
  viewer: Viewer,
  opportunityId: string,
): FeedbackStage | null {
  const { pipelines } = useConfig(db);
  const docs = useLiveDocs(db, 'opportunities', { id: opportunityId || '-' });
  const opp = docs?.[0];
  const { userId, role, departmentId } = viewer;
  return useMemo(() => {
    const entry = opp && pipelineFor(opp, pipelines);
    if (!opp || !entry) return null;
    const offer = feedbackStageOffer(opp, entry.pipeline, { userId, role, departmentId });
    return offer && { opp, pipeline: entry.pipeline, offer };
  }, [opp, pipelines, userId, role, departmentId]);
}
