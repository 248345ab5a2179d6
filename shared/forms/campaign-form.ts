import { campaignSchema, type Campaign } from '../model/campaign';
import { formErrorKeys as K } from './error-keys';
import { createFormModel, type FormModel } from './form-model';

const normaliseCurrency = (raw: string): string | null => {
  const c = raw.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(c) ? c : null;
};

/** The campaign form; a new campaign is costed in the company's base currency. */
export function campaignFormModel(baseCurrency: string): FormModel<Campaign> {
  return createFormModel({
    schema: campaignSchema,
    labelKey: (n) => `campaigns:fields.${n}`,
    order: ['name', 'kind', 'location', 'startDate', 'endDate', 'cost', 'currency'],
    last: ['notes'],
    fields: {
      kind: { initial: 'tradeShow' },
      cost: { initial: '0' },
      currency: { initial: baseCurrency, normalise: normaliseCurrency, invalidKey: K.invalidCurrency },
    },
    check: (v) =>
      v.startDate && v.endDate && String(v.endDate) < String(v.startDate)
        ? [{ field: 'endDate', key: K.dateOrder, params: {} }]
        : [],
  }) as FormModel<Campaign>;
}
