import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { customFieldSchema, type CustomField, type SettingsDoc } from '@shared/model/settings';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { saveSetting } from '../../data/save-setting';

const ENTITIES = customFieldSchema.shape.entity.options;
const TYPES = customFieldSchema.shape.type.options;

/** Custom field definitions (e.g. "Booth No." on leads); one settings doc each, id by entity + key. */
export function CustomFieldsEditor({ settings, readOnly }: { settings: SettingsDoc[]; readOnly: boolean }) {
  const { t } = useTranslation('admin');
  const db = useDatabase();
  const session = useSession();
  const fields = settings
    .filter((s) => s.kind === 'customField' && !s.trashedAt)
    .map((s) => s.data as unknown as CustomField)
    .sort((a, b) => a.entity.localeCompare(b.entity) || a.order - b.order);
  const [draft, setDraft] = useState({
    entity: 'lead',
    key: '',
    label: '',
    type: 'text',
    options: '',
    required: false,
  });
  const [error, setError] = useState('');
  const add = async () => {
    const field = {
      entity: draft.entity,
      key: draft.key.trim(),
      label: draft.label.trim(),
      type: draft.type,
      ...(draft.type === 'select'
        ? {
            options: draft.options
              .split(',')
              .map((o) => o.trim())
              .filter(Boolean),
          }
        : {}),
      required: draft.required,
      order: fields.filter((f) => f.entity === draft.entity).length,
    };
    const parsed = customFieldSchema.safeParse(field);
    if (!parsed.success)
      return setError(
        parsed.error.issues
          .map((i) => t('error', { field: i.path.join('.'), message: i.message }))
          .join('; '),
      );
    await saveSetting(
      db,
      `cf-${parsed.data.entity}-${parsed.data.key}`.slice(0, 40),
      'customField',
      parsed.data as unknown as Record<string, unknown>,
      session,
    );
    setError('');
    setDraft({ ...draft, key: '', label: '', options: '' });
    notifications.show({ message: t('fields.saved'), color: 'teal', autoClose: 2000 });
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        {fields.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('fields.empty')}
          </Text>
        ) : (
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.entity')}</Table.Th>
                <Table.Th>{t('fields.key')}</Table.Th>
                <Table.Th>{t('fields.label')}</Table.Th>
                <Table.Th>{t('fields.type')}</Table.Th>
                <Table.Th>{t('fields.required')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((f) => (
                <Table.Tr key={`${f.entity}-${f.key}`}>
                  <Table.Td>{t(`fields.entities.${f.entity}`)}</Table.Td>
                  <Table.Td>{f.key}</Table.Td>
                  <Table.Td>{f.label}</Table.Td>
                  <Table.Td>
                    {t(`fields.types.${f.type}`)}{' '}
                    {f.options && <Badge size="xs">{f.options.join(' / ')}</Badge>}
                  </Table.Td>
                  <Table.Td>{f.required ? '✓' : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {!readOnly && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              label={t('fields.entity')}
              data={ENTITIES.map((e) => ({ value: e, label: t(`fields.entities.${e}`) }))}
              value={draft.entity}
              onChange={(v) => v && setDraft({ ...draft, entity: v })}
              w={120}
              allowDeselect={false}
            />
            <TextInput
              label={t('fields.key')}
              value={draft.key}
              onChange={(e) => setDraft({ ...draft, key: e.currentTarget.value })}
              w={140}
            />
            <TextInput
              label={t('fields.label')}
              value={draft.label}
              onChange={(e) => setDraft({ ...draft, label: e.currentTarget.value })}
              w={160}
            />
            <Select
              label={t('fields.type')}
              data={TYPES.map((x) => ({ value: x, label: t(`fields.types.${x}`) }))}
              value={draft.type}
              onChange={(v) => v && setDraft({ ...draft, type: v })}
              w={110}
              allowDeselect={false}
            />
            {draft.type === 'select' && (
              <TextInput
                label={t('fields.options')}
                value={draft.options}
                onChange={(e) => setDraft({ ...draft, options: e.currentTarget.value })}
                w={200}
              />
            )}
            <Checkbox
              label={t('fields.required')}
              checked={draft.required}
              onChange={(e) => setDraft({ ...draft, required: e.currentTarget.checked })}
              mb={8}
            />
            <Button onClick={() => void add()}>{t('fields.add')}</Button>
          </Group>
        )}
        {error && (
          <Alert color="red" variant="light">
            {error}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
