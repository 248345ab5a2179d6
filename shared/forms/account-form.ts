import { accountSchema, contactSchema, type Account, type Contact } from '../model/account';
import type { CustomField } from '../model/settings';
import { companyKey } from '../rules/contact-normalise';
import { contactPointFields } from './contact-fields';
import { createFormModel, type FormModel } from './form-model';

const SET_ELSEWHERE = ['nameKey', 'sourceType', 'sourceId'];

/** The account form: the account schema in the order a person fills it, with the name's lookup key derived. */
export function accountFormModel(customFields: readonly CustomField[] = []): FormModel<Account> {
  return createFormModel(
    {
      schema: accountSchema,
      labelKey: (n) => `accounts:fields.${n}`,
      omit: SET_ELSEWHERE,
      order: ['name', 'tier', 'lifecycle', 'country', 'city', 'phones', 'emails', 'website', 'industry'],
      last: ['notes'],
      fields: { ...contactPointFields(), tier: { initial: 'C' }, lifecycle: { initial: 'prospect' } },
      derive: (v) => ({ nameKey: companyKey(String(v.name ?? '')).slice(0, 200) }),
    },
    customFields,
  ) as FormModel<Account>;
}

/** The contact form; phones typed without a country code are read in the account's country. */
export function contactFormModel(
  accountCountry: string | undefined,
  customFields: readonly CustomField[] = [],
): FormModel<Contact> {
  const { phones, emails } = contactPointFields(() => accountCountry);
  return createFormModel(
    {
      schema: contactSchema,
      // A contact's name is a person's, not the company's.
      labelKey: (n) => `accounts:fields.${n === 'name' ? 'contactName' : n}`,
      omit: ['accountId', ...SET_ELSEWHERE],
      order: ['name', 'title', 'phones', 'emails', 'wechat', 'whatsapp', 'skype'],
      last: ['notes', 'isPrimary'],
      fields: { phones, emails },
    },
    customFields,
  ) as FormModel<Contact>;
}
