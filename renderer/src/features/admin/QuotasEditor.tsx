import { useState } from 'react';
import { Button, Group, NumberInput, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { settingsDataSchemas, type SettingsDoc } from '@shared/model/settings';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { saveSetting } from '../../data/save-setting';

type Target = { doc: SettingsDoc; kind: 'user' | 'department'; name: string };

/** The people and departments that sell: departments, then active reps and managers. */
function targetsOf(settings: readonly SettingsDoc[]): Target[] {
  const live = settings.filter((s) => !s.trashedAt);
  const name = (s: SettingsDoc) => (typeof s.data.name === 'string' ? s.data.name : s.id);
  return [
    ...live.filter((s) => s.kind === 'department').map((doc) => ({ doc, kind: 'department' as const })),
    ...live
      .filter((s) => s.kind === 'user' && s.data.active !== false && s.data.role !== 'admin')
      .map((doc) => ({ doc, kind: 'user' as const })),
  ].map((t) => ({ ...t, name: name(t.doc) }));
}

/** 业绩目标: a monthly sales target per department and per rep, in the company currency. */
export function QuotasEditor({
  settings,
  currency,
  readOnly,
}: {
  settings: readonly SettingsDoc[];
  currency: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation('admin');
  const targets = targetsOf(settings);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('quotas.intro', { currency })}
        </Text>
        <Table withTableBorder data-testid="quotas-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quotas.who')}</Table.Th>
              <Table.Th w={260}>{t('quotas.monthly', { currency })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {targets.map((target) => (
              <QuotaRow
                key={`${target.doc.id}|${String(target.doc.data.monthlyQuota ?? '')}`}
                target={target}
                readOnly={readOnly}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

function QuotaRow({ target, readOnly }: { target: Target; readOnly: boolean }) {
  const { t } = useTranslation('admin');
  const db = useDatabase();
  const session = useSession();
  const stored = typeof target.doc.data.monthlyQuota === 'number' ? target.doc.data.monthlyQuota : '';
  const [value, setValue] = useState<number | string>(stored);
  const [error, setError] = useState('');

  async function save() {
    const data = { ...target.doc.data, monthlyQuota: value === '' ? undefined : Number(value) };
    // Checked against the kind's schema before any write: a bad target names its field and changes nothing.
    const parsed = settingsDataSchemas[target.kind].safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return setError(t('error', { field: issue.path.join('.'), message: issue.message }));
    }
    setError('');
    await saveSetting(db, target.doc.id, target.kind, parsed.data as Record<string, unknown>, session);
    notifications.show({ message: t('quotas.saved', { name: target.name }), color: 'teal', autoClose: 2000 });
  }

  return (
    <Table.Tr data-testid="quota-row">
      <Table.Td>
        <Text size="sm" fw={target.kind === 'department' ? 600 : 400}>
          {target.name}
        </Text>
        <Text size="xs" c="dimmed">
          {t(
            `quotas.kinds.${target.kind === 'user' && target.doc.data.role === 'manager' ? 'manager' : target.kind}`,
          )}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <NumberInput
            aria-label={t('quotas.inputLabel', { name: target.name })}
            value={value}
            onChange={setValue}
            thousandSeparator=","
            allowDecimal={false}
            readOnly={readOnly}
            error={error || undefined}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void save();
            }}
            w={170}
          />
          {!readOnly && (
            <Button variant="light" onClick={() => void save()} disabled={value === stored}>
              {t('quotas.save')}
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
