import { useMemo } from 'react';
import { leadFormModel } from '@shared/forms/lead-form';
import type { CrmDatabase } from '../../db/database';
import { useCustomFields } from '../../data/use-custom-fields';

/** The lead form of this company: the lead schema's fields plus the custom fields an admin defined for leads. */
export function useLeadFormModel(db: CrmDatabase) {
  const custom = useCustomFields(db, 'lead');
  return useMemo(() => leadFormModel(custom), [custom]);
}
