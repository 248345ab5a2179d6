import { useMemo } from 'react';
import type { Opportunity } from '@shared/model/opportunity';
import type { UserProfile } from '@shared/model/settings';
import { pipelineFor, type PipelineEntry } from '@shared/pipeline/stages';
import type { CrmDatabase } from '../../db/database';
import { useConfig, type Config } from '../../data/use-config';
import { live, useLiveDocs } from '../../data/use-live-docs';

export interface OpportunityData extends Config {
  /** Live (not trashed) opportunities; undefined while loading. */
  opportunities: Opportunity[] | undefined;
  /** User names by id, for owner labels and filters. */
  users: Map<string, string>;
  pipelineOf: (opp: Opportunity) => PipelineEntry | undefined;
}

/** Everything the board, list and detail need, live from the local store. */
export function useOpportunityData(db: CrmDatabase): OpportunityData {
  const config = useConfig(db);
  const docs = useLiveDocs(db, 'opportunities');
  return useMemo(() => {
    const users = new Map<string, string>();
    for (const s of config.settings)
      if (s.kind === 'user') users.set(s.id, (s.data as unknown as UserProfile).name);
    return {
      ...config,
      opportunities: docs && live(docs),
      users,
      pipelineOf: (opp: Opportunity) => pipelineFor(opp, config.pipelines),
    };
  }, [config, docs]);
}
