import { describe, expect, it } from 'vitest';
import { validDocs } from '@shared/model/fixtures';
import { emptyAccountFilter, filterAccounts } from './account-filter';

describe('filterAccounts', () => {
  const base = validDocs.accounts;
  const accounts = [
    { ...base, id: 'a1', name: 'Müller GmbH', nameKey: 'muller', tier: 'A' as const, city: 'Berlin' },
    {
      ...base,
      id: 'a2',
      name: 'Acme Ltd',
      nameKey: 'acme',
      tier: 'B' as const,
      lifecycle: 'customer' as const,
    },
    { ...base, id: 'a3', name: 'Zeta', nameKey: 'zeta', trashedAt: '2026-01-01T00:00:00.000Z' },
  ];
  const collator = new Intl.Collator('en');
  const ids = (f: Partial<typeof emptyAccountFilter>) =>
    filterAccounts(accounts, { ...emptyAccountFilter, ...f }, collator).map((a) => a.id);
  it('filters by search, tier and lifecycle, never shows the trash', () => {
    expect(ids({})).toEqual(['a2', 'a1']);
    expect(ids({ search: 'berlin' })).toEqual(['a1']);
    expect(ids({ tier: 'B' })).toEqual(['a2']);
    expect(ids({ lifecycle: 'customer' })).toEqual(['a2']);
    expect(ids({ search: 'zeta' })).toEqual([]);
  });
});
