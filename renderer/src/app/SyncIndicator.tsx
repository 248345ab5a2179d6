import { Badge, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCloudCheck,
  IconCloudOff,
  IconRefresh,
  IconWifiOff,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../ui/format';
import { useSession } from '../data/session';
import { indicatorView } from './sync-indicator-state';
import { useSyncStatus, type SyncStatusStore } from '../data/sync-status';

const STATE_LOOK = {
  localOnly: { color: 'gray', icon: IconCloudOff },
  connecting: { color: 'gray', icon: IconRefresh },
  syncing: { color: 'blue', icon: IconRefresh },
  synced: { color: 'teal', icon: IconCloudCheck },
  offline: { color: 'orange', icon: IconWifiOff },
  error: { color: 'red', icon: IconAlertTriangle },
  signedOut: { color: 'gray', icon: IconCloudOff },
} as const;

/** The one header badge: sync state (offline included) with what is still to go up; details in the tooltip. */
export function SyncIndicator({ store, signedIn }: { store?: SyncStatusStore; signedIn?: boolean }) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const s = useSyncStatus(store);
  const view = indicatorView(s, signedIn ?? session.signedIn);
  const look = STATE_LOOK[view.state];
  const Icon = look.icon;
  const details = [
    s.lastSyncedAt
      ? t('sync.lastSynced', { time: formatDateTime(s.lastSyncedAt, i18n.language) })
      : t('sync.neverSynced'),
    s.error && view.state === 'error' ? t('sync.errorDetail', { message: s.error }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Group gap={6} wrap="nowrap" data-testid="sync-indicator">
      <Tooltip label={details}>
        <Badge
          variant="light"
          tt="none"
          color={look.color}
          leftSection={<Icon size={14} />}
          data-testid="sync-state"
          data-pending={view.pending}
          aria-live="polite"
        >
          {view.state === 'offline' ? (
            <span data-testid="network-state">{t('sync.offline')}</span>
          ) : (
            t(`sync.${view.state}`)
          )}
          {view.pending > 0 && ` · ${t('sync.pending', { count: view.pending })}`}
          {view.notSynced > 0 && ` · ${t('sync.notSynced', { count: view.notSynced })}`}
        </Badge>
      </Tooltip>
      {s.initialDone === false && (s.initialDocsReceived ?? 0) > 0 && (
        // A device's first sync can be tens of thousands of records: show that it is moving (total unknown).
        <Stack gap={0} w={170} visibleFrom="md" data-testid="initial-sync">
          <Progress value={100} striped animated size="sm" />
          <Text size="xs" c="dimmed" truncate>
            {t('initial', { ns: 'sync', count: s.initialDocsReceived })}
          </Text>
        </Stack>
      )}
    </Group>
  );
}
