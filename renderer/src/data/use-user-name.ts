import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { POOL_OWNER } from '@shared/model/common';
import { useDatabase } from './db-context';
import { useSession } from './session';
import { useUsers } from './use-users';

/**
 * The one way a user id becomes words: "me", "public pool", the person's name, or "Unknown user" when this
 * device does not know them (never the raw id).
 */
export function useUserName(): (id: string | undefined) => string {
  const { t } = useTranslation('assignment');
  const db = useDatabase();
  const session = useSession();
  const users = useUsers(db);
  const names = useMemo(() => new Map(users.map((u) => [u.id, u.name])), [users]);
  return useCallback(
    (id) => {
      if (!id) return t('unknownUser');
      if (id === POOL_OWNER) return t('pool');
      if (id === session.userId) return t('me');
      return names.get(id) ?? t('unknownUser');
    },
    [t, names, session],
  );
}
