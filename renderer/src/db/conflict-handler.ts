import type { RxConflictHandler } from 'rxdb';
import { deepEqual } from 'rxdb/plugins/utils';

/**
 * Placeholder until the three-way merge of shared/sync lands: RxDB's default behaviour (the master wins).
 * Replaced by the field-level merge (issue: sync).
 */
export const mergeConflictHandler: RxConflictHandler<any> = {
  isEqual: (a, b) => deepEqual(a, b),
  resolve: async (input) => input.realMasterState,
};
