import type { RecordType } from '@shared/model/common';

/** Where a record of each type opens; types without a detail screen open their list. */
export function recordPath(type: RecordType, id: string): string {
  switch (type) {
    case 'lead':
      return `/leads/${id}`;
    case 'opportunity':
      return `/opportunities/${id}`;
    case 'quote':
    case 'contract':
    case 'order':
      return `/documents/${id}`;
    case 'campaign':
      return '/campaigns';
    case 'account':
    case 'contact':
      return '/accounts';
    case 'sample':
      return '/samples';
    case 'activity':
      return '/activities';
  }
}
