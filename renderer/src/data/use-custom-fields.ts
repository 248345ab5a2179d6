import { useMemo } from 'react';
import { customFieldsFor } from '@shared/forms/custom-fields';
import type { CustomField } from '@shared/model/settings';
import type { CrmDatabase } from '../db/database';
import { useConfig } from './use-config';

/**
 * The custom fields an admin defined for one record type, live. The list keeps its identity until a definition
 * changes (not on every settings write), so a form model built from it is rebuilt only then.
 */
export function useCustomFields(db: CrmDatabase, entity: CustomField['entity']): CustomField[] {
  const { settings } = useConfig(db);
  const fields = useMemo(() => customFieldsFor(settings, entity), [settings, entity]);
  const key = JSON.stringify(fields);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => fields, [key]);
}
