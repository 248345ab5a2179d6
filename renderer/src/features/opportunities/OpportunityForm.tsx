import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { newId } from '@shared/model/id';
import type { Opportunity } from '@shared/model/opportunity';
import type { CustomField, Stage } from '@shared/model/settings';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { updateDoc } from '../../db/write';
import { CustomFieldInputs } from '../admin';
import { compactValues, customValueIssues, type CustomValues } from '../admin';
import { useUsers } from '../../data/use-users';
import { errorText } from '../../ui/error-text';
import { LinesEditor } from '../documents';
import { teamOptions } from './team-options';

type Draft = Pick<
  Opportunity,
  | 'name'
  | 'amount'
  | 'currency'
  | 'expectedCloseDate'
  | 'probability'
  | 'probabilityOverridden'
  | 'difficulty'
  | 'notes'
  | 'lines'
  | 'teamMemberIds'
  | 'milestones'
> & { custom: CustomValues };

const draftOf = (o: Opportunity): Draft => ({
  name: o.name,
  amount: o.amount,
  currency: o.currency,
  expectedCloseDate: o.expectedCloseDate,
  probability: o.probability,
  probabilityOverridden: o.probabilityOverridden,
  difficulty: o.difficulty,
  notes: o.notes,
  lines: o.lines,
  teamMemberIds: o.teamMemberIds,
  milestones: o.milestones,
  custom: o.custom ?? {},
});

/**
 * The editable fields of a deal. Probability defaults from the stage; typing another value marks it as set by
 * hand (kept across stage changes), "use stage default" puts the stage's value back.
 */
export function OpportunityForm({
  opp,
  stage,
  customFields,
}: {
  opp: Opportunity;
  stage: Stage;
  customFields: CustomField[];
}) {
  const { t } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const users = useUsers(db);
  const [draft, setDraft] = useState<Draft>(() => draftOf(opp));
  const [error, setError] = useState('');
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const readOnly = !!opp.trashedAt;

  const save = async () => {
    const issues = customValueIssues(customFields, draft.custom);
    if (issues.length > 0) return setError(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    try {
      const patch = { ...draft, notes: draft.notes || undefined, custom: compactValues(draft.custom) };
      await updateDoc(db, 'opportunities', opp.id, patch, session);
      setError('');
      notifications.show({ message: t('opp.saved'), color: 'teal', autoClose: 2000 });
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Stack gap="sm">
      {error && (
        <Alert color="red" variant="light" data-testid="opp-form-error">
          {error}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <TextInput
          label={t('opp.fields.name')}
          value={draft.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
        />
        <NumberInput
          label={t('opp.fields.amount')}
          value={draft.amount}
          min={0}
          thousandSeparator=","
          onChange={(v) => set({ amount: Number(v) || 0 })}
        />
        <Select
          label={t('opp.fields.currency')}
          data={[...new Set(['CNY', 'USD', 'EUR', 'GBP', 'JPY', draft.currency])]}
          value={draft.currency}
          onChange={(v) => set({ currency: v ?? draft.currency })}
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t('opp.fields.expectedCloseDate')}
          value={draft.expectedCloseDate}
          onChange={(e) => set({ expectedCloseDate: e.currentTarget.value })}
        />
        <Stack gap={2}>
          <NumberInput
            label={t('opp.fields.probability')}
            value={draft.probability}
            min={0}
            max={100}
            onChange={(v) =>
              set({ probability: Number(v) || 0, probabilityOverridden: Number(v) !== stage.probability })
            }
            data-testid="probability"
          />
          <Group gap={6}>
            {draft.probabilityOverridden && (
              <Text size="xs" c="orange">
                {t('opp.fields.probabilityOverridden')}
              </Text>
            )}
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => set({ probability: stage.probability, probabilityOverridden: false })}
            >
              {t('opp.fields.probabilityFromStage')} ({stage.probability}%)
            </Button>
          </Group>
        </Stack>
        <NumberInput
          label={t('opp.fields.difficulty')}
          value={draft.difficulty}
          min={0.1}
          max={5}
          step={0.1}
          decimalScale={2}
          onChange={(v) => set({ difficulty: Number(v) || 0 })}
        />
      </SimpleGrid>
      <CustomFieldInputs fields={customFields} values={draft.custom} onChange={(custom) => set({ custom })} />
      <Textarea
        label={t('opp.fields.notes')}
        value={draft.notes ?? ''}
        autosize
        minRows={2}
        onChange={(e) => set({ notes: e.currentTarget.value })}
      />
      <Title order={6}>{t('opp.fields.lines')}</Title>
      <LinesEditor lines={draft.lines} currency={draft.currency} onChange={(lines) => set({ lines })} />
      {opp.kind === 'project' && (
        <>
          <MultiSelect
            label={t('opp.fields.teamMembers')}
            data={teamOptions(users, draft.teamMemberIds)}
            value={draft.teamMemberIds}
            onChange={(v) => set({ teamMemberIds: v })}
            searchable
            data-testid="team-members"
          />
          <Title order={6}>{t('opp.fields.milestones')}</Title>
          {draft.milestones.map((m, i) => (
            <Group key={m.id} gap="xs" wrap="nowrap">
              <Checkbox
                aria-label={m.title}
                checked={m.done}
                onChange={(e) =>
                  set({
                    milestones: draft.milestones.map((x, j) =>
                      j === i ? { ...x, done: e.currentTarget.checked } : x,
                    ),
                  })
                }
              />
              <TextInput
                aria-label={t('opp.milestoneTitle')}
                value={m.title}
                onChange={(e) =>
                  set({
                    milestones: draft.milestones.map((x, j) =>
                      j === i ? { ...x, title: e.currentTarget.value } : x,
                    ),
                  })
                }
                style={{ flex: 1 }}
              />
              <TextInput
                type="date"
                aria-label={t('opp.milestoneDue')}
                value={m.dueDate ?? ''}
                onChange={(e) =>
                  set({
                    milestones: draft.milestones.map((x, j) =>
                      j === i ? { ...x, dueDate: e.currentTarget.value || undefined } : x,
                    ),
                  })
                }
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('opp.removeLine')}
                onClick={() => set({ milestones: draft.milestones.filter((_, j) => j !== i) })}
              >
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            size="xs"
            variant="light"
            w="fit-content"
            leftSection={<IconPlus size={14} />}
            onClick={() =>
              set({
                milestones: [
                  ...draft.milestones,
                  { id: newId(), title: t('opp.milestoneTitle'), done: false },
                ],
              })
            }
          >
            {t('opp.addMilestone')}
          </Button>
        </>
      )}
      {!readOnly && (
        <Group justify="flex-end">
          <Button onClick={() => void save()} data-testid="opp-save">
            {t('opp.save')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
