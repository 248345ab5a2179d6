import type { Notification } from '@shared/model/notification';
import { recordPath } from '../chain';

/**
 * Where an alert opens. A lost clash opens the page whose timeline shows the clash (and its restore): an
 * account's own page, a contact's account; everything else its record.
 */
export function alertPath(n: Pick<Notification, 'kind' | 'subjectType' | 'subjectId' | 'data'>): string {
  if (n.kind === 'clashLost') {
    const accountId = typeof n.data?.accountId === 'string' ? n.data.accountId : '';
    if (n.subjectType === 'account') return `/accounts/${n.subjectId}`;
    if (n.subjectType === 'contact' && accountId) return `/accounts/${accountId}`;
  }
  return recordPath(n.subjectType, n.subjectId);
}
