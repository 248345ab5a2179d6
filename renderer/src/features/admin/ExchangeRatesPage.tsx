import { useMemo } from 'react';
import { Alert, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { useUsers } from '../../data/use-users';
import { AddRateForm } from './AddRateForm';
import { RateRowEditor } from './RateRowEditor';
import { addableCurrencies, rateRows } from './rates-edit';
import { useConfig } from '../../data/use-config';

/** 汇率: the rates reports convert with. Admins edit and add; managers and reps read (settings are admin-only). */
export function ExchangeRatesPage() {
  const { t } = useTranslation('admin');
  const db = useDatabase();
  const session = useSession();
  const config = useConfig(db);
  const users = useUsers(db);
  const readOnly = session.role !== 'admin';
  const base = config.company.baseCurrency;
  const rows = useMemo(() => rateRows(config.settings, base), [config.settings, base]);
  const nameOf = (userId: string) => users.find((u) => u.id === userId)?.name ?? userId;
  return (
    <Stack gap="md" maw={900}>
      <Title order={2}>{t('rates.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('rates.intro', { base })}
      </Text>
      {readOnly && (
        <Alert variant="light" color="gray" data-testid="admin-readonly">
          {t('readOnly')}
        </Alert>
      )}
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <Table verticalSpacing={6} data-testid="rates-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>{t('rates.currency')}</Table.Th>
                <Table.Th w={260}>{t('rates.rate', { base })}</Table.Th>
                <Table.Th>{t('rates.lastChanged')}</Table.Th>
                {!readOnly && <Table.Th w={90} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                // Re-mounted when the stored rate changes (save or sync), so the input shows what is stored.
                <RateRowEditor
                  key={`${row.currency}|${row.rateToBase}|${row.stored?.updatedAt ?? ''}`}
                  row={row}
                  base={base}
                  readOnly={readOnly}
                  nameOf={nameOf}
                />
              ))}
            </Table.Tbody>
          </Table>
          {!readOnly && <AddRateForm base={base} choices={addableCurrencies(rows, base)} />}
        </Stack>
      </Paper>
    </Stack>
  );
}
