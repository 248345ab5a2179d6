import { useEffect, useState } from 'react';
import type { Campaign } from '@shared/model/campaign';
import type { CrmDatabase } from '../db/database';

/** Live list of campaigns (not trashed), by name. A company has tens of these, not thousands. */
export function useCampaigns(db: CrmDatabase): Campaign[] {
  const [campaigns, setCampaigns] = useState<Campaign[]>([]);
  useEffect(() => {
    const sub = db.campaigns.find({ sort: [{ name: 'asc' }] }).$.subscribe((docs) => {
      setCampaigns(docs.map((d) => d.toJSON() as Campaign).filter((c) => !c.trashedAt));
    });
    return () => sub.unsubscribe();
  }, [db]);
  return campaigns;
}
