import { Badge, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCloudCheck,
  IconCloudOff,
  IconRefresh,
  IconWifi,
  IconWifiOff,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './format';
import { useSyncStatus, type SyncStatusStore } from './sync-status';

const STATE_LOOK = {
  localOnly: { color: 'gray', icon: IconCloudOff },
  connecting: { color: 'gray', icon: IconRefresh },
  syncing: { color: 'blue', icon: IconRefresh },
  synced: { color: 'teal', icon: IconCloudCheck },
  offline: { color: 'orange', icon: IconCloudOff },
  error: { color: 'red', icon: IconAlertTriangle },
  signedOut: { color: 'gray', icon: IconCloudOff },
} as const;

/** Header badges: network (online/offline) and sync state with pending count; details in the tooltip. */
export function SyncIndicator({ store }: { store?: SyncStatusStore }) {
  const { t, i18n } = useTranslation();
  const s = useSyncStatus(store);
  const look = STATE_LOOK[s.state];
  const Icon = look.icon;
  const details = [
    s.lastSyncedAt
      ? t('sync.lastSynced', { time: formatDateTime(s.lastSyncedAt, i18n.language) })
      : t('sync.neverSynced'),
    s.error ? t('sync.errorDetail', { message: s.error }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Group gap={6} wrap="nowrap" data-testid="sync-indicator">
      <Badge
        variant="light"
        tt="none"
        color={s.online ? 'teal' : 'orange'}
        leftSection={s.online ? <IconWifi size={14} /> : <IconWifiOff size={14} />}
        data-testid="network-state"
      >
        {s.online ? t('sync.online') : t('sync.offline')}
      </Badge>
      <Tooltip label={details}>
        <Badge
          variant="light"
          tt="none"
          color={look.color}
          leftSection={<Icon size={14} />}
          data-testid="sync-state"
        >
          {t(`sync.${s.state}`)}
          {s.pending > 0 && ` · ${t('sync.pending', { count: s.pending })}`}
          {(s.notSynced ?? 0) > 0 && ` · ${t('sync.notSynced', { count: s.notSynced })}`}
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
