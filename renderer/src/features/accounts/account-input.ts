import type { Account, Contact } from '@shared/model/account';
import { accountTierSchema, lifecycleSchema } from '@shared/model/account';
import { companyKey, normaliseEmail, normalisePhone, splitMulti } from '@shared/rules/contact-normalise';

export type InputError = {
  field: string;
  code: 'required' | 'invalidEmail' | 'invalidPhone' | 'invalidCountry';
  value?: string;
};

/** Phones and emails typed as one line each ("+49 30 1234, +49 170 …"), normalised or named as bad. */
function contactPoints(
  phonesText: string,
  emailsText: string,
  country: string | undefined,
  errors: InputError[],
) {
  const phones: string[] = [];
  for (const raw of splitMulti(phonesText)) {
    const p = normalisePhone(raw, country);
    if (p) phones.push(p);
    else errors.push({ field: 'phones', code: 'invalidPhone', value: raw });
  }
  const emails: string[] = [];
  for (const raw of splitMulti(emailsText)) {
    const e = normaliseEmail(raw);
    if (e) emails.push(e);
    else errors.push({ field: 'emails', code: 'invalidEmail', value: raw });
  }
  return { phones: [...new Set(phones)].slice(0, 5), emails: [...new Set(emails)].slice(0, 5) };
}

const opt = (v: string) => (v.trim() ? v.trim() : undefined);

export interface AccountForm {
  name: string;
  country: string;
  city: string;
  website: string;
  industry: string;
  phones: string;
  emails: string;
  tier: string;
  lifecycle: string;
  notes: string;
}

export const emptyAccountForm: AccountForm = {
  name: '',
  country: '',
  city: '',
  website: '',
  industry: '',
  phones: '',
  emails: '',
  tier: 'C',
  lifecycle: 'prospect',
  notes: '',
};

export const formOfAccount = (a: Account): AccountForm => ({
  name: a.name,
  country: a.country ?? '',
  city: a.city ?? '',
  website: a.website ?? '',
  industry: a.industry ?? '',
  phones: a.phones.join(', '),
  emails: a.emails.join(', '),
  tier: a.tier,
  lifecycle: a.lifecycle,
  notes: a.notes ?? '',
});

export type AccountFields = Pick<Account, 'name' | 'nameKey' | 'phones' | 'emails' | 'tier' | 'lifecycle'> &
  Partial<Pick<Account, 'country' | 'city' | 'website' | 'industry' | 'notes'>>;

/** Form → account fields with the normalised name key; every bad field is named and nothing is returned. */
export function parseAccountForm(
  form: AccountForm,
): { ok: true; fields: AccountFields } | { ok: false; errors: InputError[] } {
  const errors: InputError[] = [];
  const name = form.name.trim();
  if (!name) errors.push({ field: 'name', code: 'required' });
  const country = form.country.trim().toUpperCase();
  if (country && !/^[A-Z]{2}$/.test(country))
    errors.push({ field: 'country', code: 'invalidCountry', value: form.country });
  const { phones, emails } = contactPoints(form.phones, form.emails, country || undefined, errors);
  const tier = accountTierSchema.safeParse(form.tier);
  const lifecycle = lifecycleSchema.safeParse(form.lifecycle);
  if (!tier.success) errors.push({ field: 'tier', code: 'required' });
  if (!lifecycle.success) errors.push({ field: 'lifecycle', code: 'required' });
  if (errors.length || !tier.success || !lifecycle.success) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      name,
      nameKey: companyKey(name).slice(0, 200),
      phones,
      emails,
      tier: tier.data,
      lifecycle: lifecycle.data,
      country: country || undefined,
      city: opt(form.city),
      website: opt(form.website),
      industry: opt(form.industry),
      notes: opt(form.notes),
    },
  };
}

export interface ContactForm {
  name: string;
  title: string;
  phones: string;
  emails: string;
  wechat: string;
  whatsapp: string;
  isPrimary: boolean;
}

export const emptyContactForm: ContactForm = {
  name: '',
  title: '',
  phones: '',
  emails: '',
  wechat: '',
  whatsapp: '',
  isPrimary: false,
};

export const formOfContact = (c: Contact): ContactForm => ({
  name: c.name,
  title: c.title ?? '',
  phones: c.phones.join(', '),
  emails: c.emails.join(', '),
  wechat: c.wechat ?? '',
  whatsapp: c.whatsapp ?? '',
  isPrimary: c.isPrimary,
});

export type ContactFields = Pick<Contact, 'name' | 'phones' | 'emails' | 'isPrimary'> &
  Partial<Pick<Contact, 'title' | 'wechat' | 'whatsapp'>>;

/** Form → contact fields; phones are read in the account's country when typed without a country code. */
export function parseContactForm(
  form: ContactForm,
  country?: string,
): { ok: true; fields: ContactFields } | { ok: false; errors: InputError[] } {
  const errors: InputError[] = [];
  const name = form.name.trim();
  if (!name) errors.push({ field: 'name', code: 'required' });
  const { phones, emails } = contactPoints(form.phones, form.emails, country, errors);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      name,
      phones,
      emails,
      isPrimary: form.isPrimary,
      title: opt(form.title),
      wechat: opt(form.wechat),
      whatsapp: opt(form.whatsapp),
    },
  };
}

/** For an insert: drop the undefined optionals (an update keeps them so they clear the stored value). */
export const definedOnly = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
