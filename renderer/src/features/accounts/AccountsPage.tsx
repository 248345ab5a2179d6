import { useMemo, useState } from 'react';
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconLifebuoy, IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { accountTierSchema, lifecycleSchema } from '@shared/model/account';
import { useDatabase } from '../../data/db-context';
import { ListLoading } from '../../ui/ListLoading';
import { useSession } from '../../data/session';
import { AssignButton, SelectBox, SelectionSummary } from '../assignment';
import { canAssignRecords } from '../assignment';
import { useRowSelection } from '../assignment';
import { live, useLiveDocs } from '../../data/use-live-docs';
import { AccountFormModal } from './AccountFormModal';
import { emptyAccountFilter, filterAccounts, type AccountFilter } from './account-filter';

/** Rows rendered at once; the search narrows a bigger book. */
const MAX_ROWS = 500;

/** 客户: search and filter by tier, lifecycle and owner; open the 360° view. */
export function AccountsPage() {
  const { t, i18n } = useTranslation('accounts');
  const { t: ta } = useTranslation('assignment');
  const db = useDatabase();
  const session = useSession();
  const navigate = useNavigate();
  const docs = useLiveDocs(db, 'accounts');
  const all = useMemo(() => live(docs), [docs]);
  const [filter, setFilter] = useState<AccountFilter>(emptyAccountFilter);
  const [creating, setCreating] = useState(false);
  const collator = useMemo(
    () => new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true }),
    [i18n.language],
  );
  const rows = useMemo(() => filterAccounts(all, filter, collator), [all, filter, collator]);
  const shownIds = useMemo(() => rows.slice(0, MAX_ROWS).map((a) => a.id), [rows]);
  const selection = useRowSelection(shownIds);
  const canSelect = canAssignRecords(session.role);
  const owners = [...new Set(all.map((a) => a.ownerId))].sort();
  const ownerLabel = (o: string) => (o === session.userId ? t('me') : o === 'pool' ? t('pool') : o);
  const set = (patch: Partial<AccountFilter>) => setFilter((f) => ({ ...f, ...patch }));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        <Group gap="xs">
          <AssignButton
            collection="accounts"
            ids={rows.map((a) => a.id)}
            selected={selection.selected}
            onAssigned={selection.clear}
          />
          <Button component={Link} to="/pool" variant="light" leftSection={<IconLifebuoy size={16} />}>
            {t('pool')}
          </Button>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('new')}
          </Button>
        </Group>
      </Group>
      <Group gap="xs" wrap="wrap">
        <TextInput
          aria-label={t('search')}
          placeholder={t('search')}
          leftSection={<IconSearch size={16} />}
          value={filter.search}
          onChange={(e) => set({ search: e.currentTarget.value })}
          w={280}
        />
        <Select
          aria-label={t('fields.tier')}
          placeholder={t('allTiers')}
          data={accountTierSchema.options.map((v) => ({ value: v, label: t(`tiers.${v}`) }))}
          value={filter.tier}
          onChange={(v) => set({ tier: (v as AccountFilter['tier']) ?? null })}
          clearable
          w={140}
        />
        <Select
          aria-label={t('fields.lifecycle')}
          placeholder={t('allLifecycles')}
          data={lifecycleSchema.options.map((v) => ({ value: v, label: t(`lifecycles.${v}`) }))}
          value={filter.lifecycle}
          onChange={(v) => set({ lifecycle: (v as AccountFilter['lifecycle']) ?? null })}
          clearable
          w={150}
        />
        <Select
          aria-label={t('fields.owner')}
          placeholder={t('allOwners')}
          data={owners.map((o) => ({ value: o, label: ownerLabel(o) }))}
          value={filter.ownerId}
          onChange={(v) => set({ ownerId: v ?? null })}
          clearable
          w={150}
        />
      </Group>
      <Group gap="xs">
        <Text size="sm" c="dimmed" data-testid="account-count">
          {t('count', { shown: rows.length, total: all.length })}
        </Text>
        {canSelect && <SelectionSummary selection={selection} />}
      </Group>
      {docs === undefined ? (
        <ListLoading />
      ) : rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {all.length === 0 ? t('emptyAll') : t('empty')}
        </Text>
      ) : (
        <Table striped highlightOnHover withTableBorder data-testid="account-table">
          <Table.Thead>
            <Table.Tr>
              {canSelect && (
                <Table.Th w={36}>
                  <SelectBox
                    checked={selection.header === 'all'}
                    indeterminate={selection.header === 'some'}
                    label={ta('selectAll')}
                    onToggle={() => selection.toggleAll()}
                  />
                </Table.Th>
              )}
              <Table.Th>{t('fields.name')}</Table.Th>
              <Table.Th>{t('fields.tier')}</Table.Th>
              <Table.Th>{t('fields.lifecycle')}</Table.Th>
              <Table.Th>{t('fields.city')}</Table.Th>
              <Table.Th>{t('fields.industry')}</Table.Th>
              <Table.Th>{t('fields.owner')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, MAX_ROWS).map((a) => (
              <Table.Tr
                key={a.id}
                data-testid="account-row"
                bg={selection.isSelected(a.id) ? 'var(--mantine-primary-color-light)' : undefined}
              >
                {canSelect && (
                  <Table.Td>
                    <SelectBox
                      checked={selection.isSelected(a.id)}
                      label={ta('selectRow', { name: a.name })}
                      onToggle={(range) => selection.toggle(a.id, range)}
                    />
                  </Table.Td>
                )}
                <Table.Td>
                  <Anchor component={Link} to={`/accounts/${a.id}`}>
                    {a.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{a.tier}</Badge>
                </Table.Td>
                <Table.Td>{t(`lifecycles.${a.lifecycle}`)}</Table.Td>
                <Table.Td>{[a.city, a.country].filter(Boolean).join(', ')}</Table.Td>
                <Table.Td>{a.industry ?? ''}</Table.Td>
                <Table.Td>{ownerLabel(a.ownerId)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {creating && (
        <AccountFormModal
          onClose={() => setCreating(false)}
          onCreated={(a) => void navigate(`/accounts/${a.id}`)}
        />
      )}
    </Stack>
  );
}
