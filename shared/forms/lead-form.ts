import type { z } from 'zod';
import { leadSchema, type Lead } from '../model/lead';
import type { CustomField } from '../model/settings';
import { companyKey, normaliseEmail, normalisePhone } from '../rules/contact-normalise';
import { formErrorKeys as K } from './error-keys';
import { createFormModel, type FormModel, type FormSpec } from './form-model';
import type { FormValues } from './types';

/** A two-letter code typed in any case; the phones of the card are read in this country. */
export const normaliseCountry = (raw: string): string | null => {
  const c = raw.trim().toUpperCase();
  return /^[A-Z]{2}$/.test(c) ? c : null;
};
const countryOf = (values: FormValues) => normaliseCountry(String(values.country ?? '')) ?? undefined;

/** What a card form adds to the lead schema: the rep's order, normalised phones and emails, the company key. */
export const leadFormSpec = {
  schema: leadSchema,
  labelKey: (n: string) => `lead.fields.${n}`,
  // Set by the screen (status, show, capture time) or derived (company key), never typed.
  omit: ['companyKey', 'status', 'campaignId', 'capturedAt'],
  // Top to bottom, left to right as the card is typed; the interest level right after the city.
  order: [
    'name',
    'company',
    'title',
    'phones',
    'emails',
    'country',
    'city',
    'interest',
    'website',
    'wechat',
    'whatsapp',
    'skype',
    'productsOfInterest',
    'address',
    'tags',
  ],
  last: ['notes'],
  fields: {
    phones: {
      kind: 'list',
      normalise: (raw, values) => normalisePhone(raw, countryOf(values)),
      invalidKey: K.invalidPhone,
    },
    emails: { kind: 'list', normalise: normaliseEmail, invalidKey: K.invalidEmail },
    country: { normalise: normaliseCountry, invalidKey: K.invalidCountry },
    interest: { widget: 'segmented', initial: 'warm' },
  },
  derive: (v) => ({ companyKey: companyKey(String(v.company ?? '')) }),
} satisfies FormSpec<typeof leadSchema>;

/** The card fields a form writes (the screen adds status, show and capture time). */
export type LeadFields = Partial<Lead>;

/** The lead form; `schema` lets a test (or a later version) extend the lead with fields of its own. */
export function leadFormModel(
  customFields: readonly CustomField[] = [],
  schema: z.ZodObject = leadSchema,
): FormModel<Lead> {
  return createFormModel({ ...leadFormSpec, schema }, customFields) as FormModel<Lead>;
}
