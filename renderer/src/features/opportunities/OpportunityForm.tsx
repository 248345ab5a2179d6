import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formErrorKeys } from '@shared/forms/error-keys';
import { checkDealParts, opportunityFormModel } from '@shared/forms/opportunity-form';
import type { FormValue } from '@shared/forms/types';
import { newId } from '@shared/model/id';
import type { Opportunity } from '@shared/model/opportunity';
import type { CustomField, Stage } from '@shared/model/settings';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { updateDoc } from '../../db/write';
import { useUsers } from '../../data/use-users';
import { FormErrors } from '../../ui/form/FormErrors';
import { SchemaField } from '../../ui/form/SchemaField';
import { SchemaFields } from '../../ui/form/SchemaFields';
import { fieldLabel } from '../../ui/form/field-text';
import { errorMessage, focusField, useSchemaForm } from '../../ui/form/use-schema-form';
import { LinesEditor } from '../documents';
import { teamOptions } from './team-options';

type Parts = Pick<Opportunity, 'probabilityOverridden' | 'lines' | 'teamMemberIds' | 'milestones'>;

const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY'];

/**
 * The editable fields of a deal: the typed ones and custom fields from the form model, then lines, team and
 * milestones. Probability defaults from the stage; typing another value marks it as set by hand (kept across
 * stage changes), "use stage default" puts the stage's value back.
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
  const { t: tc } = useTranslation();
  const db = useDatabase();
  const session = useSession();
  const users = useUsers(db);
  const model = useMemo(
    () => opportunityFormModel(customFields, [...new Set([...CURRENCIES, opp.currency])]),
    [customFields, opp.currency],
  );
  const form = useSchemaForm(model, model.toForm(opp));
  const [parts, setParts] = useState<Parts>(() => ({
    probabilityOverridden: opp.probabilityOverridden,
    lines: opp.lines,
    teamMemberIds: opp.teamMemberIds,
    milestones: opp.milestones,
  }));
  const set = (patch: Partial<Parts>) => setParts((d) => ({ ...d, ...patch }));
  const readOnly = !!opp.trashedAt;
  const byName = (...names: string[]) => model.fields.filter((f) => names.includes(f.name));
  const probability = byName('probability')[0]!;
  const grid = new Set(['name', 'amount', 'currency', 'expectedCloseDate', 'probability', 'difficulty']);
  const setProbability = (name: string, v: FormValue) => {
    form.setValue(name, v);
    set({ probabilityOverridden: Number(v) !== stage.probability });
  };
  // Lines, team and milestones are not model fields: their errors name the part by its own label.
  const [partErrors, setPartErrors] = useState<string[]>([]);

  const save = async () => {
    const parsed = form.validate(opp);
    const { lines, teamMemberIds, milestones } = parts;
    const partIssues = checkDealParts({ lines, teamMemberIds, milestones });
    setPartErrors(
      partIssues.map((e) =>
        tc(e.key, {
          ...e.params,
          field: t(
            `opp.fields.${e.field === 'teamMemberIds' ? 'teamMembers' : e.field}` as 'opp.fields.lines',
          ),
        }),
      ),
    );
    if (!parsed.ok) return focusField(document, parsed.errors[0]!.field);
    if (partIssues.length) return;
    try {
      await updateDoc(db, 'opportunities', opp.id, { ...parsed.value, ...parts }, session);
      notifications.show({ message: t('opp.saved'), color: 'teal', autoClose: 2000 });
    } catch (e) {
      form.setErrors([
        { field: 'name', key: formErrorKeys.saveFailed, params: { message: errorMessage(e) } },
      ]);
    }
  };

  return (
    <Stack gap="sm">
      <FormErrors title={t('opp.notSaved')} messages={[...form.messages, ...partErrors]} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <SchemaFields form={form} fields={byName('name', 'amount', 'currency', 'expectedCloseDate')} />
        <Stack gap={2}>
          <SchemaField
            field={probability}
            value={form.values.probability ?? ''}
            onChange={setProbability}
            label={fieldLabel(tc, probability)}
            error={form.errorText.probability}
          />
          <Group gap={6}>
            {parts.probabilityOverridden && (
              <Text size="xs" c="orange">
                {t('opp.fields.probabilityOverridden')}
              </Text>
            )}
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => {
                form.setValue('probability', String(stage.probability));
                set({ probabilityOverridden: false });
              }}
            >
              {t('opp.fields.probabilityFromStage')} ({stage.probability}%)
            </Button>
          </Group>
        </Stack>
        <SchemaFields form={form} fields={byName('difficulty')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <SchemaFields form={form} fields={model.fields.filter((f) => !grid.has(f.name))} />
      </SimpleGrid>
      <Title order={6}>{t('opp.fields.lines')}</Title>
      <LinesEditor
        lines={parts.lines}
        currency={String(form.values.currency)}
        onChange={(lines) => set({ lines })}
      />
      {opp.kind === 'project' && (
        <>
          <MultiSelect
            label={t('opp.fields.teamMembers')}
            data={teamOptions(users, parts.teamMemberIds)}
            value={parts.teamMemberIds}
            onChange={(v) => set({ teamMemberIds: v })}
            searchable
            data-testid="team-members"
          />
          <Title order={6}>{t('opp.fields.milestones')}</Title>
          {parts.milestones.map((m, i) => (
            <Group key={m.id} gap="xs" wrap="nowrap">
              <Checkbox
                aria-label={m.title}
                checked={m.done}
                onChange={(e) =>
                  set({
                    milestones: parts.milestones.map((x, j) =>
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
                    milestones: parts.milestones.map((x, j) =>
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
                    milestones: parts.milestones.map((x, j) =>
                      j === i ? { ...x, dueDate: e.currentTarget.value || undefined } : x,
                    ),
                  })
                }
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('opp.removeLine')}
                onClick={() => set({ milestones: parts.milestones.filter((_, j) => j !== i) })}
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
                  ...parts.milestones,
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
