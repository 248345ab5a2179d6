import { useMemo, useState } from 'react';
import { ActionIcon, Anchor, Badge, Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Opportunity } from '@shared/model/opportunity';
import type { SettingsDoc } from '@shared/model/settings';
import { stageLabel } from '@shared/pipeline/defaults';
import { resolveStage, type PipelineEntry } from '@shared/pipeline/stages';
import { useDatabase } from '../../data/db-context';
import { formatDay, formatMoney, localDay } from '../../ui/format';
import { useSession } from '../../data/session';
import { saveSetting } from '../../data/save-setting';
import { isOverdue } from './board-model';
import {
  EMPTY_FILTER,
  matchesFilter,
  readSavedViews,
  withSavedView,
  type OpportunityFilter,
} from './opportunity-filter';

interface Props {
  opportunities: Opportunity[];
  pipelines: PipelineEntry[];
  pipelineOf: (o: Opportunity) => PipelineEntry | undefined;
  users: Map<string, string>;
  settings: SettingsDoc[];
}

/** Filterable list (owner, stage, status, close date, kind) with saved views kept in the user's prefs. */
export function OpportunityList({ opportunities, pipelines, pipelineOf, users, settings }: Props) {
  const { t, i18n } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const [filter, setFilter] = useState<OpportunityFilter>(EMPTY_FILTER);
  const [viewName, setViewName] = useState('');
  const prefsId = `prefs-${session.userId}`;
  const prefs = settings.find((s) => s.id === prefsId);
  const views = readSavedViews(prefs?.data);
  const set = (patch: Partial<OpportunityFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const shown = useMemo(() => opportunities.filter((o) => matchesFilter(o, filter)), [opportunities, filter]);
  const today = localDay(new Date());
  const owner = (id: string) => (id === session.userId ? t('opp.me') : (users.get(id) ?? id));

  const ownerData = [
    { value: '', label: t('opp.filters.all') },
    { value: session.userId, label: t('opp.filters.mine') },
    ...[...users].filter(([id]) => id !== session.userId).map(([value, label]) => ({ value, label })),
  ];
  const stageData = [
    { value: '', label: t('opp.filters.all') },
    ...pipelines.flatMap((p) =>
      p.pipeline.stages.map((s) => ({
        value: s.id,
        label: `${stageLabel(s, i18n.language)} · ${p.pipeline.name}`,
      })),
    ),
  ];
  const statuses = ['open', 'won', 'lost', 'expired'] as const;

  const saveView = async (views: ReturnType<typeof readSavedViews>) => {
    await saveSetting(db, prefsId, 'userPrefs', { ...(prefs?.data ?? {}), opportunityViews: views }, session);
  };

  return (
    <>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          label={t('opp.filters.owner')}
          data={ownerData}
          value={filter.ownerId}
          onChange={(v) => set({ ownerId: v ?? '' })}
          w={150}
          allowDeselect={false}
        />
        <Select
          label={t('opp.filters.stage')}
          data={stageData}
          value={filter.stageId}
          onChange={(v) => set({ stageId: v ?? '' })}
          w={220}
          searchable
          allowDeselect={false}
        />
        <Select
          label={t('opp.filters.status')}
          data={[
            { value: '', label: t('opp.filters.all') },
            ...statuses.map((s) => ({ value: s, label: t(`opp.status.${s}`) })),
          ]}
          value={filter.status}
          onChange={(v) => set({ status: (v ?? '') as OpportunityFilter['status'] })}
          w={120}
          allowDeselect={false}
        />
        <Select
          label={t('opp.filters.kind')}
          data={[
            { value: '', label: t('opp.filters.all') },
            { value: 'ordinary', label: t('opp.kind.ordinary') },
            { value: 'project', label: t('opp.kind.project') },
          ]}
          value={filter.kind}
          onChange={(v) => set({ kind: (v ?? '') as OpportunityFilter['kind'] })}
          w={120}
          allowDeselect={false}
        />
        <TextInput
          type="date"
          label={t('opp.filters.closeFrom')}
          value={filter.closeFrom}
          onChange={(e) => set({ closeFrom: e.currentTarget.value })}
          w={150}
        />
        <TextInput
          type="date"
          label={t('opp.filters.closeTo')}
          value={filter.closeTo}
          onChange={(e) => set({ closeTo: e.currentTarget.value })}
          w={150}
        />
      </Group>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          label={t('opp.views.title')}
          data={views.map((v) => v.name)}
          placeholder={t('opp.views.none')}
          value={null}
          onChange={(name) => {
            const v = views.find((x) => x.name === name);
            if (v) setFilter(v.filter);
          }}
          w={200}
          data-testid="saved-views"
        />
        <TextInput
          label={t('opp.views.name')}
          value={viewName}
          onChange={(e) => setViewName(e.currentTarget.value)}
          w={180}
        />
        <Button
          variant="light"
          disabled={!viewName.trim()}
          onClick={() =>
            void saveView(withSavedView(views, { name: viewName, filter })).then(() => {
              setViewName('');
              notifications.show({ message: t('opp.views.saved'), color: 'teal', autoClose: 2000 });
            })
          }
        >
          {t('opp.views.save')}
        </Button>
        {views.map((v) => (
          <Badge
            key={v.name}
            variant="light"
            rightSection={
              <ActionIcon
                size="xs"
                variant="transparent"
                aria-label={`${t('opp.views.remove')} ${v.name}`}
                onClick={() => void saveView(views.filter((x) => x.name !== v.name))}
              >
                <IconTrash size={10} />
              </ActionIcon>
            }
          >
            {v.name}
          </Badge>
        ))}
      </Group>
      <Text size="sm" c="dimmed" data-testid="opp-count">
        {t('opp.listCount', { shown: shown.length, total: opportunities.length })}
      </Text>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('opp.fields.name')}</Table.Th>
            <Table.Th>{t('opp.fields.stage')}</Table.Th>
            <Table.Th>{t('opp.fields.status')}</Table.Th>
            <Table.Th>{t('opp.fields.amount')}</Table.Th>
            <Table.Th>{t('opp.fields.probability')}</Table.Th>
            <Table.Th>{t('opp.fields.expectedCloseDate')}</Table.Th>
            <Table.Th>{t('opp.fields.owner')}</Table.Th>
            <Table.Th>{t('opp.fields.kind')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((o) => {
            const p = pipelineOf(o);
            const stage = p ? stageLabel(resolveStage(p.pipeline, o).stage, i18n.language) : o.stageId;
            return (
              <Table.Tr key={o.id} data-testid="opp-row">
                <Table.Td>
                  <Anchor component={Link} to={`/opportunities/${o.id}`} size="sm">
                    {o.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{stage}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {t(`opp.status.${o.status}`)}
                    {isOverdue(o, today) && (
                      <Badge size="xs" color="red">
                        {t('opp.overdue')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{formatMoney(o.amount, o.currency, i18n.language)}</Table.Td>
                <Table.Td>{o.probability}%</Table.Td>
                <Table.Td>{formatDay(o.expectedCloseDate, i18n.language)}</Table.Td>
                <Table.Td>{owner(o.ownerId)}</Table.Td>
                <Table.Td>{t(`opp.kind.${o.kind}`)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}
