import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { companySettingsSchema, type CompanySettings } from '@shared/model/settings';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { COMPANY_SETTINGS_ID } from '@shared/model/config-defaults';
import { saveSetting } from '../../data/save-setting';

/** Company name, base currency, lead-management switch, reminder/stale/pool timings, commission rule. */
export function CompanySettingsForm({ company, readOnly }: { company: CompanySettings; readOnly: boolean }) {
  const { t } = useTranslation('admin');
  const db = useDatabase();
  const session = useSession();
  const [c, setC] = useState(company);
  const [error, setError] = useState('');
  const num = (v: string | number) => (v === '' ? NaN : Number(v));
  const save = async () => {
    const parsed = companySettingsSchema.safeParse(c);
    if (!parsed.success)
      return setError(
        parsed.error.issues
          .map((i) => t('error', { field: i.path.join('.'), message: i.message }))
          .join('; '),
      );
    await saveSetting(
      db,
      COMPANY_SETTINGS_ID,
      'company',
      parsed.data as unknown as Record<string, unknown>,
      session,
    );
    setError('');
    notifications.show({ message: t('company.saved'), color: 'teal', autoClose: 2000 });
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('company.name')}
            value={c.name}
            onChange={(e) => setC({ ...c, name: e.currentTarget.value })}
            readOnly={readOnly}
          />
          <TextInput
            label={t('company.baseCurrency')}
            value={c.baseCurrency}
            maxLength={3}
            onChange={(e) => setC({ ...c, baseCurrency: e.currentTarget.value.toUpperCase() })}
            readOnly={readOnly}
          />
          <NumberInput
            label={t('company.closeReminderDays')}
            value={c.closeReminderDays}
            onChange={(v) => setC({ ...c, closeReminderDays: num(v) })}
            readOnly={readOnly}
          />
          <NumberInput
            label={t('company.staleHours')}
            value={c.staleHours}
            onChange={(v) => setC({ ...c, staleHours: num(v) })}
            readOnly={readOnly}
          />
          <NumberInput
            label={t('company.poolReturnDays')}
            value={c.poolReturnDays}
            onChange={(v) => setC({ ...c, poolReturnDays: num(v) })}
            readOnly={readOnly}
          />
          <NumberInput
            label={t('company.commissionBase')}
            value={c.commission.base}
            onChange={(v) => setC({ ...c, commission: { ...c.commission, base: num(v) } })}
            readOnly={readOnly}
          />
          <NumberInput
            label={t('company.commissionRate')}
            value={c.commission.rate}
            step={0.005}
            decimalScale={4}
            onChange={(v) => setC({ ...c, commission: { ...c.commission, rate: num(v) } })}
            readOnly={readOnly}
          />
          <NumberInput
            label={t('company.commissionBonus')}
            value={c.commission.bonus}
            onChange={(v) => setC({ ...c, commission: { ...c.commission, bonus: num(v) } })}
            readOnly={readOnly}
          />
        </SimpleGrid>
        <Switch
          label={t('company.leadManagement')}
          checked={c.leadManagement}
          onChange={(e) => !readOnly && setC({ ...c, leadManagement: e.currentTarget.checked })}
          disabled={readOnly}
        />
        {error && (
          <Alert color="red" variant="light">
            {error}
          </Alert>
        )}
        {!readOnly && (
          <Group justify="flex-end">
            <Button onClick={() => void save()}>{t('company.save')}</Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
