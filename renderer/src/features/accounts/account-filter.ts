import type { Account } from '@shared/model/account';
import { companyKey } from '@shared/rules/contact-normalise';

export interface AccountFilter {
  search: string;
  tier: Account['tier'] | null;
  lifecycle: Account['lifecycle'] | null;
  ownerId: string | null;
}

export const emptyAccountFilter: AccountFilter = { search: '', tier: null, lifecycle: null, ownerId: null };

/**
 * Accounts matching the filter, by name. The search matches the name (also without legal-form noise, so "müller"
 * finds "Müller GmbH"), city, country, industry, phones and emails.
 */
export function filterAccounts(
  accounts: readonly Account[],
  f: AccountFilter,
  collator: Intl.Collator,
): Account[] {
  const q = f.search.trim().toLowerCase();
  const key = q ? companyKey(q) : '';
  return accounts
    .filter((a) => !a.trashedAt)
    .filter((a) => (f.tier ? a.tier === f.tier : true))
    .filter((a) => (f.lifecycle ? a.lifecycle === f.lifecycle : true))
    .filter((a) => (f.ownerId ? a.ownerId === f.ownerId : true))
    .filter(
      (a) =>
        !q ||
        (key !== '' && a.nameKey.includes(key)) ||
        [a.name, a.city ?? '', a.country ?? '', a.industry ?? '', ...a.emails, ...a.phones].some((s) =>
          s.toLowerCase().includes(q),
        ),
    )
    .sort((a, b) => collator.compare(a.name, b.name));
}
