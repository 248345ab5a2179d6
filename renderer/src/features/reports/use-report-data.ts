import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '@shared/model/activity';
import type { Campaign } from '@shared/model/campaign';
import type { Lead } from '@shared/model/lead';
import type { Opportunity } from '@shared/model/opportunity';
import type { CrmDatabase } from '../../db/database';
import { useSession } from '../../data/session';
import { useConfig, type Config } from '../../data/use-config';
import { useLiveDocs } from '../../data/use-live-docs';
import { visibleTo } from './report-scope';

export interface ReportData {
  ready: boolean;
  opportunities: Opportunity[];
  leads: Lead[];
  campaigns: Campaign[];
  stageEvents: Activity[];
  config: Config;
  /** Display names of reps and departments from the synced settings; ids otherwise. */
  label: (key: string) => string;
}

/** Everything the reports read, live from the local store and cut down to what the user may see. */
export function useReportData(db: CrmDatabase): ReportData {
  const { t } = useTranslation('reports');
  const session = useSession();
  const config = useConfig(db);
  const opps = useLiveDocs(db, 'opportunities');
  const leads = useLiveDocs(db, 'leads');
  const campaigns = useLiveDocs(db, 'campaigns');
  const events = useLiveDocs(db, 'activities', { kind: 'stageChange' });
  return useMemo(() => {
    const viewer = { userId: session.userId, role: session.role, departmentId: session.departmentId };
    const names = new Map<string, string>();
    for (const s of config.settings)
      if ((s.kind === 'user' || s.kind === 'department') && typeof s.data.name === 'string')
        names.set(s.id, s.data.name);
    return {
      ready: opps !== undefined && leads !== undefined && campaigns !== undefined && events !== undefined,
      opportunities: visibleTo(viewer, 'opportunities', opps),
      leads: visibleTo(viewer, 'leads', leads),
      campaigns: visibleTo(viewer, 'campaigns', campaigns),
      stageEvents: visibleTo(viewer, 'activities', events),
      config,
      label: (key: string) => names.get(key) ?? (key === session.userId ? t('me') : key),
    };
  }, [t, session, config, opps, leads, campaigns, events]);
}
