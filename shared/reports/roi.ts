import type { Campaign } from '@shared/model/campaign';
import type { Lead } from '@shared/model/lead';
import type { Opportunity } from '@shared/model/opportunity';
import { BaseSum, round2, toBase, type CurrencyRates } from './currency';

export interface CampaignRoiRow {
  campaignId: string;
  name: string;
  kind: Campaign['kind'];
  /** All money in the company currency. */
  cost: number;
  leads: number;
  opportunities: number;
  won: number;
  wonAmount: number;
  /** Open deals, unweighted and weighted by probability. */
  openPipeline: number;
  weightedPipeline: number;
  /** (won amount − cost) / cost; null when the campaign cost nothing or its cost has no rate. */
  roi: number | null;
}

export interface CampaignRoi {
  rows: CampaignRoiRow[];
  missingRates: string[];
}

/** The campaign a deal is credited to: its own, else that of the lead it came from, else its campaign source. */
export function campaignOf(opp: Opportunity, leadsById: ReadonlyMap<string, Lead>): string {
  if (opp.campaignId) return opp.campaignId;
  if (opp.sourceType === 'lead') return leadsById.get(opp.sourceId)?.campaignId ?? '';
  if (opp.sourceType === 'campaign') return opp.sourceId;
  return '';
}

/** Lead-source ROI: which trade show, platform or channel brings won business and pipeline, against its cost. */
export function campaignRoi(
  campaigns: readonly Campaign[],
  opps: readonly Opportunity[],
  leads: readonly Lead[],
  rates: CurrencyRates,
): CampaignRoi {
  const leadsById = new Map(leads.map((l) => [l.id, l]));
  const missing = new Set<string>();
  const rows = campaigns
    .filter((c) => !c.trashedAt)
    .map((c): CampaignRoiRow => {
      const mine = opps.filter((o) => !o.trashedAt && campaignOf(o, leadsById) === c.id);
      const wonSum = new BaseSum(rates);
      const openSum = new BaseSum(rates);
      const weightedSum = new BaseSum(rates);
      for (const o of mine) {
        if (o.status === 'won') wonSum.add(o.amount, o.currency);
        if (o.status === 'open') {
          openSum.add(o.amount, o.currency);
          weightedSum.add((o.amount * o.probability) / 100, o.currency);
        }
      }
      const cost = toBase(c.cost, c.currency, rates);
      for (const m of [...wonSum.missing, ...openSum.missing, ...(cost === undefined ? [c.currency] : [])])
        missing.add(m);
      return {
        campaignId: c.id,
        name: c.name,
        kind: c.kind,
        cost: round2(cost ?? 0),
        leads: leads.filter((l) => !l.trashedAt && l.campaignId === c.id).length,
        opportunities: mine.length,
        won: mine.filter((o) => o.status === 'won').length,
        wonAmount: round2(wonSum.total),
        openPipeline: round2(openSum.total),
        weightedPipeline: round2(weightedSum.total),
        roi: cost ? (wonSum.total - cost) / cost : null,
      };
    })
    .sort(
      (a, b) =>
        b.wonAmount - a.wonAmount || b.weightedPipeline - a.weightedPipeline || a.name.localeCompare(b.name),
    );
  return { rows, missingRates: [...missing].sort() };
}
