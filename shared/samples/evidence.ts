import type { Sample } from '@shared/model/sample';
import { SHIPPED_STATUSES } from './status';

/**
 * The `shippedSamples` count of shared/pipeline/evidence.ts's StageEvidence for one opportunity:
 * a stage that requires a sample is satisfied once a sample for it has shipped (or got further).
 */
export function shippedSampleCount(
  samples: readonly Pick<Sample, 'opportunityId' | 'status' | 'trashedAt'>[],
  opportunityId: string,
): number {
  return samples.filter(
    (s) => !s.trashedAt && s.opportunityId === opportunityId && SHIPPED_STATUSES.has(s.status),
  ).length;
}
