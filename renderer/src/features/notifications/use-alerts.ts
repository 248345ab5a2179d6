import { useEffect, useState } from 'react';
import type { Notification } from '@shared/model/notification';
import type { CrmDatabase } from '../../db/database';

const MAX_ALERTS = 50;

/** The user's server notifications (newest first), live: a sync pull that brings one shows it at once. */
export function useAlerts(db: CrmDatabase, userId: string): Notification[] {
  const [alerts, setAlerts] = useState<Notification[]>([]);
  useEffect(() => {
    const sub = db.notifications
      .find({ selector: { ownerId: userId }, sort: [{ updatedAt: 'desc' }], limit: MAX_ALERTS })
      .$.subscribe((docs) => setAlerts(docs.map((d) => d.toJSON() as Notification)));
    return () => sub.unsubscribe();
  }, [db, userId]);
  return alerts;
}
