import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DeviceSession } from '@shared/api';
import { formatDateTime } from '../../ui/format';
import { useSession } from '../../data/session';
import { useSync } from '../../data/sync-context';
import { ApiCallError } from '../../api';

const REFRESH_MS = 10_000;

/** 设备管理 (admins): every signed-in device, whether it is online now, and a forced sign-out. */
export function DevicesPage() {
  const { t, i18n } = useTranslation('sync');
  const session = useSession();
  const { http, deviceId } = useSync();
  const [devices, setDevices] = useState<DeviceSession[] | null>(null);
  const [error, setError] = useState('');
  const [revoking, setRevoking] = useState<DeviceSession | null>(null);

  const load = useCallback(async () => {
    if (!http) return;
    const res = await http.call('admin.devices');
    if (res.ok) {
      setDevices(res.value.devices);
      setError('');
    } else setError(res.error.message);
  }, [http]);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  async function revoke(device: DeviceSession) {
    try {
      const res = await http!.call('admin.revokeDevice', { params: { sessionId: device.sessionId } });
      if (!res.ok) throw new ApiCallError(res.error);
      notifications.show({
        color: 'teal',
        message: t('devices.revokedDone', { device: device.deviceName || device.deviceId }),
      });
      await load();
    } catch (err) {
      notifications.show({
        color: 'red',
        message: t('devices.loadFailed', { message: err instanceof Error ? err.message : String(err) }),
      });
    } finally {
      setRevoking(null);
    }
  }

  if (session.role !== 'admin') return <Alert color="gray">{t('devices.adminsOnly')}</Alert>;

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('devices.title')}</Title>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} />}
          onClick={() => void load()}
          disabled={!http}
        >
          {t('devices.refresh')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('devices.intro')}
      </Text>
      {!http && <Alert color="orange">{t('devices.needOnline')}</Alert>}
      {error && <Alert color="red">{t('devices.loadFailed', { message: error })}</Alert>}
      {devices && devices.length === 0 && <Text c="dimmed">{t('devices.empty')}</Text>}
      {devices && devices.length > 0 && (
        <Table striped withTableBorder data-testid="devices-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('devices.user')}</Table.Th>
              <Table.Th>{t('devices.device')}</Table.Th>
              <Table.Th>{t('devices.lastSeen')}</Table.Th>
              <Table.Th>{t('devices.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {devices.map((d) => (
              <Table.Tr key={d.sessionId} data-testid="device-row">
                <Table.Td>{d.userName}</Table.Td>
                <Table.Td>
                  <Text size="sm">{d.deviceName || d.deviceId}</Text>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {d.deviceId}
                  </Text>
                </Table.Td>
                <Table.Td>{formatDateTime(d.lastSeenAt, i18n.language)}</Table.Td>
                <Table.Td>
                  {d.revoked ? (
                    <Badge color="gray">{t('devices.revoked')}</Badge>
                  ) : (
                    <Badge color={d.online ? 'teal' : 'gray'} variant="light">
                      {d.online ? t('devices.online') : t('devices.offline')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {d.deviceId === deviceId ? (
                    <Badge variant="outline">{t('devices.thisDevice')}</Badge>
                  ) : (
                    !d.revoked && (
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        leftSection={<IconPlugConnectedX size={14} />}
                        onClick={() => setRevoking(d)}
                      >
                        {t('devices.revoke')}
                      </Button>
                    )
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('devices.revoke')}
        centered
      >
        {revoking && (
          <Stack gap="sm">
            <Text size="sm">
              {t('devices.revokeConfirm', {
                device: revoking.deviceName || revoking.deviceId,
                user: revoking.userName,
              })}
            </Text>
            <Group justify="flex-end">
              <Button color="red" onClick={() => void revoke(revoking)}>
                {t('devices.revoke')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
