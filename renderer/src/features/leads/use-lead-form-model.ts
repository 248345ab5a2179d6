import { useMemo } from 'react';
import { customFieldsFor } from '@shared/forms/custom-fields';
import { leadFormModel } from '@shared/forms/lead-form';
import type { CrmDatabase } from '../../db/database';
import { useConfig } from '../../data/use-config';

/** The lead form of this company: the lead schema's fields plus the custom fields an admin defined for leads. */
export function useLeadFormModel(db: CrmDatabase) {
  const { settings } = useConfig(db);
  const custom = useMemo(() => customFieldsFor(settings, 'lead'), [settings]);
  const key = JSON.stringify(custom);
  // Rebuilt only when a definition changes, not on every settings write.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => leadFormModel(custom), [key]);
}
