import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { Button, Chip, CloseButton, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { leadStatusSchema, type LeadStatus } from '@shared/model/lead';
import { tagsInUse } from '@shared/rules/lead-tags';
import { useDatabase } from '../../data/db-context';
import { ListLoading } from '../../ui/ListLoading';
import { formatNumber, localDay } from '../../ui/format';
import { AssignButton, SelectionSummary } from '../assignment';
import { useRowSelection } from '../assignment';
import { useUserName } from '../../data/use-user-name';
import { useCampaigns } from '../../data/use-campaigns';
import { BulkEditLeads } from './BulkEditLeads';
import { LeadTable } from './LeadTable';
import { emptyFilter, queryLeads, type LeadFilter, type SortKey } from './lead-query';
import { loadListState, saveListState } from './lead-list-state';
import { useLeadStore } from '../../data/lead-store';

const dayOf = (iso: string) => localDay(new Date(iso));
const ALL_SHOWS = '\u0000all';
const UNTAGGED = '\u0000none';

/** 销售线索: search, filter, sort and open any of 10,000+ leads without waiting. */
export function LeadListPage() {
  const { t, i18n } = useTranslation();
  const { t: tu } = useTranslation('leadsUx');
  const db = useDatabase();
  const snap = useLeadStore(db);
  const campaigns = useCampaigns(db);
  const [state, setState] = useState(loadListState);
  useEffect(() => saveListState(state), [state]);
  const { search, filter, sort } = state;

  // Typing stays responsive: the query runs on a deferred copy of the search text.
  const deferredSearch = useDeferredValue(search);
  const hits = useMemo(() => snap.store.search.match(deferredSearch), [snap, deferredSearch]);
  const collator = useMemo(
    () => new Intl.Collator(i18n.language, { sensitivity: 'base', numeric: true }),
    [i18n.language],
  );
  const rows = useMemo(
    () => queryLeads(snap.store.leads.values(), filter, sort, hits, dayOf, collator),
    [snap, filter, sort, hits, collator],
  );
  const total = useMemo(() => {
    let n = 0;
    for (const l of snap.store.leads.values()) if (Boolean(l.trashedAt) === filter.trash) n++;
    return n;
  }, [snap, filter.trash]);
  const owners = useMemo(
    () => [...new Set([...snap.store.leads.values()].map((l) => l.ownerId))].sort(),
    [snap],
  );
  const countries = useMemo(() => {
    const codes = new Set<string>();
    for (const l of snap.store.leads.values()) if (l.country) codes.add(l.country.toUpperCase());
    const names = new Intl.DisplayNames([i18n.language], { type: 'region' });
    const label = (code: string) => {
      try {
        return `${names.of(code) ?? code} (${code})`;
      } catch {
        return code; // not a region code (typed by hand): show it as it is
      }
    };
    return [...codes]
      .map((code) => ({ value: code, label: label(code) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [snap, i18n.language, collator]);

  const tags = useMemo(
    () => tagsInUse(snap.store.leads.values(), (a, b) => collator.compare(a, b)),
    [snap, collator],
  );

  const campaignNames = useMemo(() => new Map(campaigns.map((c) => [c.id, c.name])), [campaigns]);
  const campaignName = useCallback((id: string) => campaignNames.get(id) ?? '', [campaignNames]);
  const setFilter = (patch: Partial<LeadFilter>) =>
    setState((s) => ({ ...s, filter: { ...s.filter, ...patch } }));
  const onSort = useCallback(
    (key: SortKey) =>
      setState((s) => ({
        ...s,
        sort: {
          key,
          dir:
            s.sort.key === key && s.sort.dir === 'asc'
              ? 'desc'
              : s.sort.key === key
                ? 'asc'
                : key === 'capturedAt'
                  ? 'desc'
                  : 'asc',
        },
      })),
    [],
  );
  const ownerLabel = useUserName();
  const assignIds = useMemo(() => rows.map((l) => l.id), [rows]);
  const selection = useRowSelection(assignIds);
  // Everyone ticks rows to edit them together; only managers and admins also assign.
  const canSelect = !filter.trash;
  const filtered =
    search !== '' || JSON.stringify(filter) !== JSON.stringify({ ...emptyFilter, trash: filter.trash });

  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))">
      <Group justify="space-between">
        <Title order={2}>{t('lead.list.title')}</Title>
        <Group gap="xs">
          {/* Managers and admins: assign what the filters show (e.g. this show's German leads). */}
          {canSelect && (
            <BulkEditLeads
              ids={selection.selected}
              campaigns={campaigns}
              tags={tags}
              onDone={selection.clear}
            />
          )}
          {!filter.trash && (
            <AssignButton
              collection="leads"
              ids={assignIds}
              selected={selection.selected}
              onAssigned={selection.clear}
            />
          )}
          <Button component={Link} to="/leads/entry" leftSection={<IconPlus size={16} />}>
            {t('lead.list.newLead')}
          </Button>
        </Group>
      </Group>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          aria-label={t('lead.list.search')}
          placeholder={t('lead.list.search')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => {
            const search = e.currentTarget.value;
            setState((s) => ({ ...s, search }));
          }}
          rightSection={
            search ? (
              <CloseButton
                size="sm"
                aria-label={t('lead.list.clear')}
                onClick={() => setState((s) => ({ ...s, search: '' }))}
              />
            ) : null
          }
          w={300}
        />
        <Select
          aria-label={tu('show.label')}
          placeholder={tu('show.all')}
          data={[
            { value: ALL_SHOWS, label: tu('show.all') },
            { value: UNTAGGED, label: tu('show.untagged') },
            ...campaigns.map((c) => ({ value: c.id, label: c.name })),
          ]}
          value={filter.campaignId === null ? null : filter.campaignId === '' ? UNTAGGED : filter.campaignId}
          onChange={(v) =>
            setFilter({ campaignId: v === null || v === ALL_SHOWS ? null : v === UNTAGGED ? '' : v })
          }
          clearable
          searchable
          selectFirstOptionOnChange
          data-testid="show-filter"
          w={210}
        />
        <Select
          aria-label={t('lead.fields.status')}
          placeholder={t('lead.list.allStatuses')}
          data={leadStatusSchema.options.map((s) => ({ value: s, label: t(`lead.status.${s}`) }))}
          value={filter.status}
          onChange={(v) => setFilter({ status: (v as LeadStatus | null) ?? null })}
          clearable
          w={130}
        />
        <Select
          aria-label={t('lead.fields.owner')}
          placeholder={t('lead.list.allOwners')}
          data={owners.map((o) => ({ value: o, label: ownerLabel(o) }))}
          value={filter.ownerId}
          onChange={(v) => setFilter({ ownerId: v ?? null })}
          clearable
          w={130}
        />
        <Select
          aria-label={t('lead.fields.country')}
          placeholder={t('lead.list.allCountries')}
          data={countries}
          value={filter.country}
          onChange={(v) => setFilter({ country: v ?? null })}
          clearable
          searchable
          w={170}
        />
        {tags.length > 0 && (
          <Select
            aria-label={t('lead.fields.tags')}
            placeholder={t('lead.list.allTags')}
            data={tags}
            value={filter.tag}
            onChange={(v) => setFilter({ tag: v ?? null })}
            clearable
            searchable
            selectFirstOptionOnChange
            data-testid="tag-filter"
            w={150}
          />
        )}
        <Group gap="xs" wrap="nowrap">
          <TextInput
            type="date"
            aria-label={t('lead.list.from')}
            leftSection={<Text size="xs">{t('lead.list.from')}</Text>}
            leftSectionWidth={36}
            value={filter.from}
            onChange={(e) => setFilter({ from: e.currentTarget.value })}
            w={165}
          />
          <TextInput
            type="date"
            aria-label={t('lead.list.to')}
            leftSection={<Text size="xs">{t('lead.list.to')}</Text>}
            leftSectionWidth={36}
            value={filter.to}
            onChange={(e) => setFilter({ to: e.currentTarget.value })}
            w={165}
          />
        </Group>
        <Chip
          checked={filter.trash}
          onChange={(trash) => setFilter({ trash })}
          color="red"
          variant="outline"
          data-testid="trash-filter"
        >
          {t('lead.list.showTrash')}
        </Chip>
        {filtered && (
          <Button
            variant="subtle"
            onClick={() =>
              setState((s) => ({ ...s, search: '', filter: { ...emptyFilter, trash: s.filter.trash } }))
            }
          >
            {t('lead.list.clear')}
          </Button>
        )}
      </Group>
      <Group gap="xs">
        <Text size="sm" c="dimmed" data-testid="lead-count">
          {t('lead.list.count', {
            shown: formatNumber(rows.length, i18n.language),
            total: formatNumber(total, i18n.language),
          })}
        </Text>
        {canSelect && <SelectionSummary selection={selection} />}
      </Group>
      {!snap.store.ready ? (
        <ListLoading />
      ) : rows.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {total === 0 && !filter.trash ? t('lead.list.emptyAll') : t('lead.list.empty')}
        </Text>
      ) : (
        <LeadTable
          rows={rows}
          sort={sort}
          onSort={onSort}
          campaignName={campaignName}
          ownerName={ownerLabel}
          selection={canSelect ? selection : undefined}
        />
      )}
    </Stack>
  );
}
