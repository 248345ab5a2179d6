import { useCallback, useEffect, useRef, useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSyncStatus } from '../../data/sync-status';
import { useDatabase } from '../../data/db-context';
import { useUsers } from '../../data/use-users';
import { useSync } from '../../data/sync-context';
import { claimOnServer } from './claim-client';
import { dequeue, enqueue, loadQueue, saveQueue, type PendingClaim } from './claim-queue';

/**
 * Claims from the pool: sent at once when the server can be reached, else queued (shown as pending) and sent
 * when the device is back online. Every answer is told to the rep; a taken record names who has it.
 */
export function usePoolClaims() {
  const { t } = useTranslation('pool');
  const db = useDatabase();
  const sync = useSync();
  const status = useSyncStatus();
  const users = useUsers(db);
  const [queue, setQueue] = useState<PendingClaim[]>(loadQueue);
  const busy = useRef(false);
  const online =
    Boolean(sync.http) && status.online && status.state !== 'offline' && status.state !== 'signedOut';
  useEffect(() => saveQueue(queue), [queue]);

  const send = useCallback(
    async (claim: PendingClaim): Promise<boolean> => {
      if (!sync.http) return false;
      const outcome = await claimOnServer(sync.http, { collection: claim.collection, id: claim.id });
      if (outcome.kind === 'unreachable') return false;
      setQueue((q) => dequeue(q, claim));
      if (outcome.kind === 'claimed') {
        sync.handle?.reSync();
        notifications.show({ color: 'teal', message: t('claimed', { name: claim.name }) });
      } else if (outcome.kind === 'taken') {
        const owner = users.find((u) => u.id === outcome.ownerId)?.name ?? (outcome.ownerId || t('someone'));
        notifications.show({
          color: 'red',
          autoClose: false,
          message: t('taken', { name: claim.name, owner }),
        });
        sync.handle?.reSync();
      } else
        notifications.show({
          color: 'red',
          message: t('refused', { name: claim.name, message: outcome.message }),
        });
      return true;
    },
    [sync, users, t],
  );

  const claim = useCallback(
    async (c: Omit<PendingClaim, 'at'>) => {
      const pending = { ...c, at: new Date().toISOString() };
      if (online && (await send(pending))) return;
      setQueue((q) => enqueue(q, pending));
      notifications.show({ color: 'orange', message: t('queued', { name: c.name }) });
    },
    [online, send, t],
  );

  // Back online: send what was queued, oldest first, one at a time.
  useEffect(() => {
    if (!online || queue.length === 0 || busy.current) return;
    busy.current = true;
    void (async () => {
      for (const c of queue) if (!(await send(c))) break;
      busy.current = false;
    })();
  }, [online, queue, send]);

  return { queue, claim, online };
}
