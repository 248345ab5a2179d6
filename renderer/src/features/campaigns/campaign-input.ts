import type { Campaign } from '@shared/model/campaign';
import { campaignKindSchema } from '@shared/model/campaign';

/** What the campaign form holds: strings as typed. */
export interface CampaignForm {
  name: string;
  kind: string;
  startDate: string;
  endDate: string;
  location: string;
  cost: string;
  currency: string;
  notes: string;
}

export type CampaignField = keyof CampaignForm;
export type CampaignFields = Pick<Campaign, 'name' | 'kind' | 'cost' | 'currency'> &
  Partial<Pick<Campaign, 'startDate' | 'endDate' | 'location' | 'notes'>>;
export type CampaignParse =
  | { ok: true; fields: CampaignFields }
  | { ok: false; errors: { field: CampaignField; code: 'required' | 'number' | 'currency' | 'dateOrder' }[] };

export const emptyCampaignForm = (currency: string): CampaignForm => ({
  name: '',
  kind: 'tradeShow',
  startDate: '',
  endDate: '',
  location: '',
  cost: '0',
  currency,
  notes: '',
});

export const formOfCampaign = (c: Campaign): CampaignForm => ({
  name: c.name,
  kind: c.kind,
  startDate: c.startDate ?? '',
  endDate: c.endDate ?? '',
  location: c.location ?? '',
  cost: String(c.cost),
  currency: c.currency,
  notes: c.notes ?? '',
});

/**
 * Form → campaign fields. Every problem is reported against its field; an empty optional field is left out
 * (undefined removes it on an edit). Costs may be typed with thousands separators ("12,000").
 */
export function parseCampaignForm(form: CampaignForm): CampaignParse {
  const errors: Extract<CampaignParse, { ok: false }>['errors'] = [];
  const name = form.name.trim();
  if (!name) errors.push({ field: 'name', code: 'required' });
  const kind = campaignKindSchema.safeParse(form.kind);
  if (!kind.success) errors.push({ field: 'kind', code: 'required' });
  const costText = form.cost.replace(/[,\s]/g, '');
  const cost = costText === '' ? 0 : Number(costText);
  if (!Number.isFinite(cost) || cost < 0) errors.push({ field: 'cost', code: 'number' });
  const currency = form.currency.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) errors.push({ field: 'currency', code: 'currency' });
  if (form.startDate && form.endDate && form.endDate < form.startDate)
    errors.push({ field: 'endDate', code: 'dateOrder' });
  if (errors.length || !kind.success) return { ok: false, errors };
  const opt = (v: string) => (v.trim() ? v.trim() : undefined);
  return {
    ok: true,
    fields: {
      name,
      kind: kind.data,
      cost,
      currency,
      startDate: opt(form.startDate),
      endDate: opt(form.endDate),
      location: opt(form.location),
      notes: opt(form.notes),
    },
  };
}

/** For an insert: drop the undefined optionals (an update keeps them so they clear the stored value). */
export const definedOnly = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
