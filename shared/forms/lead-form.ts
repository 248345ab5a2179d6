import type { z } from 'zod';
import { leadSchema, type Lead } from '../model/lead';
import type { CustomField } from '../model/settings';
import { companyKey } from '../rules/contact-normalise';
import { contactPointFields } from './contact-fields';
import { createFormModel, type FormModel, type FormSpec } from './form-model';

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
    ...contactPointFields(),
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
