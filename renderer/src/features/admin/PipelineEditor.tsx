import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newId } from '@shared/model/id';
import type { Pipeline, Stage } from '@shared/model/settings';
import type { PipelineEntry } from '@shared/pipeline/stages';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { errorText } from '../../ui/error-text';
import { addStage, moveStage, pipelineIssues, removeStage, updateStage } from './pipeline-edit';
import { saveSetting } from '../../data/save-setting';

const REQUIREMENTS = ['sample', 'quote', 'contact', 'amount'] as const;
const KINDS = ['open', 'won', 'lost'] as const;

/** One pipeline's stages: add, reorder, rename, default probability, open/won/lost, evidence. Admins only edit. */
export function PipelineEditor({ entry, readOnly }: { entry: PipelineEntry; readOnly: boolean }) {
  const { t } = useTranslation('admin');
  const db = useDatabase();
  const session = useSession();
  const [p, setP] = useState<Pipeline>(entry.pipeline);
  const [error, setError] = useState('');
  const edit = (i: number, patch: Partial<Omit<Stage, 'id'>>) => setP((x) => updateStage(x, i, patch));
  const save = async () => {
    const issues = pipelineIssues(p);
    if (issues.length > 0)
      return setError(issues.map((i) => t('error', { field: i.field, message: i.message })).join('; '));
    try {
      await saveSetting(db, entry.id, 'pipeline', p as unknown as Record<string, unknown>, session);
      setError('');
      notifications.show({ message: t('pipeline.saved'), color: 'teal', autoClose: 2000 });
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Paper withBorder p="md" radius="md" data-testid="pipeline-editor">
      <Stack gap="sm">
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t('pipeline.name')}
            value={p.name}
            onChange={(e) => setP({ ...p, name: e.currentTarget.value })}
            readOnly={readOnly}
            w={260}
          />
          <TextInput
            label={t('pipeline.kind')}
            value={t(`pipeline.kinds.${p.opportunityKind}`)}
            readOnly
            w={120}
          />
          <Checkbox
            label={t('pipeline.isDefault')}
            checked={p.isDefault}
            onChange={(e) => setP({ ...p, isDefault: e.currentTarget.checked })}
            disabled={readOnly}
            mb={8}
          />
        </Group>
        <Table withTableBorder verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              {!readOnly && <Table.Th w={70} />}
              <Table.Th>{t('pipeline.stageName')}</Table.Th>
              <Table.Th w={110}>{t('pipeline.probability')}</Table.Th>
              <Table.Th w={120}>{t('pipeline.stageKind')}</Table.Th>
              <Table.Th>{t('pipeline.requires')}</Table.Th>
              {!readOnly && <Table.Th w={40} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.stages.map((s, i) => (
              <Table.Tr key={s.id} data-testid="stage-row">
                {!readOnly && (
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        aria-label={t('pipeline.up')}
                        disabled={readOnly || i === 0}
                        onClick={() => setP((x) => moveStage(x, i, -1))}
                      >
                        <IconArrowUp size={14} />
                      </ActionIcon>
                      <ActionIcon
                        size="sm"
                        variant="subtle"
                        aria-label={t('pipeline.down')}
                        disabled={readOnly || i === p.stages.length - 1}
                        onClick={() => setP((x) => moveStage(x, i, 1))}
                      >
                        <IconArrowDown size={14} />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                )}
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={t('pipeline.stageName')}
                    value={s.name}
                    onChange={(e) => edit(i, { name: e.currentTarget.value })}
                    readOnly={readOnly}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    aria-label={t('pipeline.probability')}
                    value={s.probability}
                    min={0}
                    max={100}
                    onChange={(v) => edit(i, { probability: Number(v) || 0 })}
                    readOnly={readOnly}
                    hideControls={readOnly}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={t('pipeline.stageKind')}
                    data={KINDS.map((k) => ({ value: k, label: t(`pipeline.kinds.${k}`) }))}
                    value={s.kind}
                    onChange={(v) => v && edit(i, { kind: v as Stage['kind'] })}
                    allowDeselect={false}
                    readOnly={readOnly}
                  />
                </Table.Td>
                <Table.Td>
                  <MultiSelect
                    size="xs"
                    aria-label={t('pipeline.requires')}
                    data={REQUIREMENTS.map((r) => ({ value: r, label: t(`pipeline.requirements.${r}`) }))}
                    value={s.requires ?? []}
                    onChange={(v) => edit(i, { requires: v.length ? (v as Stage['requires']) : undefined })}
                    readOnly={readOnly}
                  />
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <ActionIcon
                      size="sm"
                      variant="subtle"
                      color="red"
                      aria-label={t('pipeline.remove')}
                      disabled={readOnly}
                      onClick={() => setP((x) => removeStage(x, i))}
                    >
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          {t('pipeline.removedNote')}
        </Text>
        {error && (
          <Alert color="red" variant="light" data-testid="pipeline-error">
            {error}
          </Alert>
        )}
        {!readOnly && (
          <Group justify="space-between">
            <Button
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => setP((x) => addStage(x, `st-${newId()}`, t('pipeline.stageName')))}
            >
              {t('pipeline.add')}
            </Button>
            <Button onClick={() => void save()}>{t('pipeline.save')}</Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
