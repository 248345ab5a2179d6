import { z } from 'zod';
import { interestLevelSchema, type Lead } from '../model/lead';
import { companyKey, normaliseEmail, normalisePhone, splitMulti } from './contact-normalise';

/** What the quick-entry form holds: plain strings, several phones/emails separated by ; , or newlines. */
export const leadFormSchema = z.object({
  name: z.string(),
  company: z.string(),
  title: z.string(),
  phones: z.string(),
  emails: z.string(),
  country: z.string(),
  city: z.string(),
  address: z.string(),
  website: z.string(),
  wechat: z.string(),
  whatsapp: z.string(),
  skype: z.string(),
  productsOfInterest: z.string(),
  interest: interestLevelSchema,
  notes: z.string(),
});
export type LeadForm = z.infer<typeof leadFormSchema>;
export type LeadFormField = keyof LeadForm;

export const emptyLeadForm: LeadForm = {
  name: '',
  company: '',
  title: '',
  phones: '',
  emails: '',
  country: '',
  city: '',
  address: '',
  website: '',
  wechat: '',
  whatsapp: '',
  skype: '',
  productsOfInterest: '',
  interest: 'warm',
  notes: '',
};

/** An error code per field; the UI turns `field` + `code` into a sentence in the user's language. */
export type FieldError = {
  field: string;
  code: 'required' | 'invalidEmail' | 'invalidPhone' | 'invalidCountry' | 'tooLong';
  value?: string;
};

export type LeadFields = Pick<
  Lead,
  | 'name'
  | 'company'
  | 'companyKey'
  | 'title'
  | 'phones'
  | 'emails'
  | 'country'
  | 'city'
  | 'address'
  | 'website'
  | 'wechat'
  | 'whatsapp'
  | 'skype'
  | 'productsOfInterest'
  | 'interest'
  | 'notes'
>;

const LIMITS: Partial<Record<LeadFormField, number>> = {
  name: 120,
  company: 200,
  title: 120,
  city: 120,
  address: 400,
  website: 300,
  wechat: 100,
  whatsapp: 100,
  skype: 100,
  productsOfInterest: 1000,
  notes: 5000,
};

/** Validates and normalises a card as typed. Returns every field error at once, so the form can mark them all. */
export function parseLeadForm(
  form: LeadForm,
): { ok: true; value: LeadFields } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const t = (s: string) => s.trim();
  if (!t(form.name)) errors.push({ field: 'name', code: 'required' });
  for (const [field, max] of Object.entries(LIMITS) as [LeadFormField, number][]) {
    if (t(String(form[field])).length > max) errors.push({ field, code: 'tooLong' });
  }
  const country = t(form.country).toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country))
    errors.push({ field: 'country', code: 'invalidCountry', value: form.country });

  const emails: string[] = [];
  for (const raw of splitMulti(form.emails)) {
    const email = normaliseEmail(raw);
    if (email) emails.push(email);
    else errors.push({ field: 'emails', code: 'invalidEmail', value: raw });
  }
  const phones: string[] = [];
  for (const raw of splitMulti(form.phones)) {
    const phone = normalisePhone(raw, country || undefined);
    if (phone) phones.push(phone);
    else errors.push({ field: 'phones', code: 'invalidPhone', value: raw });
  }
  if (errors.length) return { ok: false, errors };

  const opt = (s: string) => (t(s) ? t(s) : undefined);
  return {
    ok: true,
    value: {
      name: t(form.name),
      company: t(form.company),
      companyKey: companyKey(form.company),
      title: opt(form.title),
      phones: [...new Set(phones)],
      emails: [...new Set(emails)],
      country: country || undefined,
      city: opt(form.city),
      address: opt(form.address),
      website: opt(form.website),
      wechat: opt(form.wechat),
      whatsapp: opt(form.whatsapp),
      skype: opt(form.skype),
      productsOfInterest: opt(form.productsOfInterest),
      interest: form.interest,
      notes: opt(form.notes),
    },
  };
}

/** The form's view of a saved lead, for editing. */
export function leadToForm(lead: LeadFields): LeadForm {
  return {
    name: lead.name,
    company: lead.company,
    title: lead.title ?? '',
    phones: lead.phones.join('; '),
    emails: lead.emails.join('; '),
    country: lead.country ?? '',
    city: lead.city ?? '',
    address: lead.address ?? '',
    website: lead.website ?? '',
    wechat: lead.wechat ?? '',
    whatsapp: lead.whatsapp ?? '',
    skype: lead.skype ?? '',
    productsOfInterest: lead.productsOfInterest ?? '',
    interest: lead.interest,
    notes: lead.notes ?? '',
  };
}

/** Strips undefined so that documents compare and serialise the same on every device. */
export function compact<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}
