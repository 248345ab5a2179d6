import { useMemo } from 'react';
import type { Sample } from '@shared/model/sample';
import type { CrmDatabase } from '../../db/database';
import { live, useLiveDocs } from '../../data/use-live-docs';

export interface SampleRefs {
  samples: Sample[] | undefined;
  accounts: Array<{ value: string; label: string }>;
  opportunities: Array<{ value: string; label: string; accountId: string }>;
}

/** Live samples plus the accounts and opportunities a sample can belong to (for pickers and labels). */
export function useSamples(db: CrmDatabase): SampleRefs {
  const samples = useLiveDocs(db, 'samples');
  const accounts = useLiveDocs(db, 'accounts');
  const opps = useLiveDocs(db, 'opportunities');
  return useMemo(
    () => ({
      samples: samples && live(samples),
      accounts: live(accounts).map((a) => ({ value: a.id, label: a.name })),
      opportunities: live(opps).map((o) => ({ value: o.id, label: o.name, accountId: o.accountId })),
    }),
    [samples, accounts, opps],
  );
}
