import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  PasswordInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconInfoCircle, IconLogin, IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@shared/demo/organisation';
import { guessDeviceName, savedDeviceName } from '../sync';
import { normaliseServerUrl } from '../sync';
import { useSync } from '../../data/sync-context';
import { fetchHealth, isDemoServer } from './demo-mode';
import { loginProblem } from './login-error';

/** 登录: email, password, this device's name and the server; errors say whether to retry or work offline. */
export function LoginPage() {
  const { t } = useTranslation('auth');
  const sync = useSync();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState(
    () => savedDeviceName() ?? guessDeviceName(navigator.userAgent),
  );
  const [serverUrl, setServerUrl] = useState(sync.serverUrl);
  const [error, setError] = useState<{ text: string; offline: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [demo, setDemo] = useState(false);

  useEffect(() => {
    const checked = normaliseServerUrl(serverUrl);
    if (!checked.ok) return setDemo(false);
    const abort = new AbortController();
    const timer = setTimeout(() => {
      void fetchHealth(checked.url, abort.signal).then(
        (health) => !abort.signal.aborted && setDemo(isDemoServer(health, checked.url)),
      );
    }, 300);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [serverUrl]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const url = normaliseServerUrl(serverUrl);
    if (!email.trim()) return setError({ text: t('errors.emailRequired'), offline: false });
    if (!password) return setError({ text: t('errors.passwordRequired'), offline: false });
    if (!url.ok)
      return setError({
        text: t(url.error === 'empty' ? 'errors.serverUrlEmpty' : 'errors.serverUrlInvalid'),
        offline: false,
      });
    setBusy(true);
    setError(null);
    try {
      await sync.signIn({ email: email.trim(), password, deviceName: deviceName.trim(), serverUrl: url.url });
      navigate('/leads');
    } catch (err) {
      const problem = loginProblem(err);
      if (problem.kind === 'wrongPassword') setError({ text: t('errors.wrongPassword'), offline: false });
      else if (problem.kind === 'tooManyAttempts')
        setError({ text: t('errors.tooManyAttempts'), offline: false });
      else if (problem.kind === 'unreachable')
        setError({ text: t('errors.unreachable', { url: url.url }), offline: true });
      else setError({ text: t('errors.server', { message: problem.message }), offline: false });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack maw={480} mx="auto" mt="lg" gap="md">
      <Card
        withBorder
        padding="lg"
        radius="md"
        component="form"
        onSubmit={submit}
        noValidate
        data-testid="login-form"
      >
        <Stack gap="sm">
          <Title order={2}>{t('title')}</Title>
          <Text size="sm" c="dimmed">
            {t('subtitle')}
          </Text>
          {sync.user && (
            <Alert color="teal" icon={<IconInfoCircle size={18} />}>
              {t('signedInAs', { name: sync.user.name, email: sync.user.email })}
            </Alert>
          )}
          <TextInput
            label={t('email')}
            name="email"
            type="email"
            autoComplete="username"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            data-autofocus
            autoFocus
          />
          <PasswordInput
            label={t('password')}
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <TextInput
            label={t('deviceName')}
            description={t('deviceNameHint')}
            name="deviceName"
            value={deviceName}
            maxLength={200}
            onChange={(e) => setDeviceName(e.currentTarget.value)}
          />
          <TextInput
            label={t('serverUrl')}
            name="serverUrl"
            value={serverUrl}
            onChange={(e) => setServerUrl(e.currentTarget.value)}
          />
          {error && (
            <Alert
              color={error.offline ? 'orange' : 'red'}
              icon={error.offline ? <IconWifiOff size={18} /> : undefined}
              data-testid="login-error"
              role="alert"
            >
              {error.text}
            </Alert>
          )}
          <Group justify="space-between" mt="xs">
            <Anchor component={Link} to="/leads/entry" size="sm">
              {t('keepOffline')}
            </Anchor>
            <Button type="submit" loading={busy} leftSection={<IconLogin size={16} />}>
              {t('submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
      {demo && (
        <Card withBorder padding="md" radius="md" data-testid="demo-accounts">
          <Text fw={600}>{t('demo.title')}</Text>
          <Text size="sm" c="dimmed" mb="xs">
            {t('demo.hint', { password: DEMO_PASSWORD })}
          </Text>
          <Table highlightOnHover verticalSpacing={4}>
            <Table.Tbody>
              {DEMO_ACCOUNTS.map((a) => (
                <Table.Tr
                  key={a.id}
                  style={{ cursor: 'pointer' }}
                  onClick={() => {
                    setEmail(a.email);
                    setPassword(DEMO_PASSWORD);
                  }}
                >
                  <Table.Td>{a.name}</Table.Td>
                  <Table.Td>{t(`roles.${a.role}`)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {a.email}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
