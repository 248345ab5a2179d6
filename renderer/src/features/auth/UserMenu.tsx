import { useState } from 'react';
import { Alert, Button, Group, Menu, Modal, Stack, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconChevronDown,
  IconDevices,
  IconLogin,
  IconLogout,
  IconUser,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../data/session';
import { useSyncStatus } from '../../data/sync-status';
import { useSync } from '../../data/sync-context';

/** Header menu: who is signed in, sign in/out, the not-synced list and (admins) the devices page. */
export function UserMenu() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const sync = useSync();
  const status = useSyncStatus();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!sync.user)
    return (
      <Button
        component={Link}
        to="/login"
        size="xs"
        variant="light"
        leftSection={<IconLogin size={14} />}
        data-testid="sign-in-link"
      >
        {t('menu.signIn')}
      </Button>
    );

  const notSynced = status.notSynced ?? 0;
  async function signOut() {
    setBusy(true);
    try {
      await sync.signOut();
      notifications.show({ message: t('signOut.done') });
      navigate('/login');
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <UnstyledButton aria-label={t('menu.label')} data-testid="user-menu">
            <Group gap={4} wrap="nowrap">
              <IconUser size={16} />
              <Text size="sm" fw={500} truncate maw={140}>
                {sync.user.name}
              </Text>
              <IconChevronDown size={14} />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            {sync.user.email} · {t(`roles.${session.role}`)}
          </Menu.Label>
          <Menu.Item
            component={Link}
            to="/sync/not-synced"
            leftSection={<IconAlertTriangle size={14} />}
            rightSection={notSynced > 0 ? <Text size="xs">{notSynced}</Text> : undefined}
          >
            {t('menu.notSynced')}
          </Menu.Item>
          {session.role === 'admin' && (
            <Menu.Item component={Link} to="/admin/devices" leftSection={<IconDevices size={14} />}>
              {t('menu.devices')}
            </Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconLogout size={14} />}
            onClick={() => setConfirming(true)}
            data-testid="sign-out"
          >
            {t('menu.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('signOut.title')} centered>
        <Stack gap="sm">
          <Text size="sm">{t('signOut.body')}</Text>
          {status.pending > 0 && (
            <Alert color="orange" data-testid="sign-out-pending">
              {t('signOut.pending', { count: status.pending })}
            </Alert>
          )}
          {notSynced > 0 && <Alert color="red">{t('signOut.notSynced', { count: notSynced })}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('signOut.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void signOut()} data-testid="confirm-sign-out">
              {t('signOut.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
