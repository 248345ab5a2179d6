import { useEffect, useState } from 'react';
import type { Campaign } from '@shared/model/campaign';
import type { CrmDatabase } from '../db/database';

/**
 * Live list of campaigns (not trashed), by name; `undefined` until the local store has answered, so a list
 * can tell "loading" from "none". A company has tens of these, not thousands.
 */
export function useCampaignList(db: CrmDatabase): Campaign[] | undefined {
  const [campaigns, setCampaigns] = useState<Campaign[] | undefined>(undefined);
  useEffect(() => {
    const sub = db.campaigns.find({ sort: [{ name: 'asc' }] }).$.subscribe((docs) => {
      setCampaigns(docs.map((d) => d.toJSON() as Campaign).filter((c) => !c.trashedAt));
    });
    return () => sub.unsubscribe();
  }, [db]);
  return campaigns;
}

/** The campaigns for pickers and labels, where "not loaded yet" and "none" look the same. */
export function useCampaigns(db: CrmDatabase): Campaign[] {
  return useCampaignList(db) ?? [];
}
