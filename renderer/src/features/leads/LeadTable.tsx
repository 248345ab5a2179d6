import { memo, useRef } from 'react';
import { Badge, Box, Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lead } from '@shared/model/lead';
import { formatPhone } from '@shared/rules/phone-format';
import { formatShortDateTime } from '../../ui/format';
import { SelectBox } from '../assignment';
import type { RowSelectionApi } from '../assignment';
import type { Sort, SortKey } from './lead-query';
import './LeadTable.css';

const ROW_HEIGHT = 40;
const INTEREST_COLOR = { hot: 'red', warm: 'orange', cold: 'blue' } as const;

type Column = { key: string; sort?: SortKey; width: string };
const COLUMNS: Column[] = [
  { key: 'name', sort: 'name', width: 'minmax(120px, 1.6fr)' },
  { key: 'company', sort: 'company', width: 'minmax(140px, 1.5fr)' },
  { key: 'emails', width: 'minmax(160px, 1.5fr)' },
  { key: 'phones', width: 'minmax(130px, 1fr)' },
  { key: 'countryShort', sort: 'country', width: '64px' },
  { key: 'interest', sort: 'interest', width: '68px' },
  { key: 'status', sort: 'status', width: '88px' },
  { key: 'campaign', width: 'minmax(120px, 1fr)' },
  { key: 'owner', width: 'minmax(80px, 0.8fr)' },
  { key: 'capturedAt', sort: 'capturedAt', width: '150px' },
];
const TEMPLATE = COLUMNS.map((c) => c.width).join(' ');

interface Props {
  rows: Lead[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  campaignName: (id: string) => string;
  ownerName: (id: string) => string;
  /** Tick boxes in front of the rows (managers: to assign a chosen few). */
  selection?: RowSelectionApi;
}

/** Only the rows in view are in the DOM, so 10,000 leads scroll like 50. Each row is a link to the detail. */
export const LeadTable = memo(function LeadTable({
  rows,
  sort,
  onSort,
  campaignName,
  ownerName,
  selection,
}: Props) {
  const { t, i18n } = useTranslation();
  const { t: ta } = useTranslation('assignment');
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  return (
    <Box className="crm-lead-table-table" role="table" aria-rowcount={rows.length}>
      <div
        className="crm-lead-table-header"
        role="row"
        style={{ gridTemplateColumns: selection ? `24px ${TEMPLATE}` : TEMPLATE }}
      >
        {selection && (
          <div role="columnheader">
            <SelectBox
              checked={selection.header === 'all'}
              indeterminate={selection.header === 'some'}
              label={ta('selectAll')}
              onToggle={() => selection.toggleAll()}
            />
          </div>
        )}
        {COLUMNS.map((c) => (
          <div
            key={c.key}
            role="columnheader"
            aria-sort={sort.key === c.sort ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
          >
            {c.sort ? (
              <UnstyledButton
                className="crm-lead-table-sortButton"
                onClick={() => onSort(c.sort!)}
                title={t('lead.list.sortBy')}
              >
                {t(`lead.fields.${c.key}`)}
                {sort.key === c.sort &&
                  (sort.dir === 'asc' ? <IconArrowUp size={14} /> : <IconArrowDown size={14} />)}
              </UnstyledButton>
            ) : (
              t(`lead.fields.${c.key}`)
            )}
          </div>
        ))}
      </div>
      <div ref={scrollRef} className="crm-lead-table-scroll" data-testid="lead-rows">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const l = rows[item.index]!;
            const ticked = selection?.isSelected(l.id) ?? false;
            return (
              <div
                key={l.id}
                className="crm-lead-table-line"
                role="row"
                data-selected={ticked || undefined}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                {selection && (
                  <div className="crm-lead-table-tick" role="cell">
                    <SelectBox
                      checked={ticked}
                      label={ta('selectRow', { name: l.name || l.company })}
                      onToggle={(range) => selection.toggle(l.id, range)}
                    />
                  </div>
                )}
                <Link
                  to={`/leads/${l.id}`}
                  className="crm-lead-table-row"
                  data-testid="lead-row"
                  style={{ gridTemplateColumns: TEMPLATE }}
                >
                  {/* Tags ride with the name: the row has no room for another column. */}
                  <Group gap={6} wrap="nowrap" style={{ overflow: 'hidden' }}>
                    <Text span size="sm" fw={500} truncate style={{ flexShrink: 0, maxWidth: '100%' }}>
                      {l.name}
                    </Text>
                    <LeadTags tags={l.tags} />
                  </Group>
                  <Text span size="sm" truncate>
                    {l.company}
                  </Text>
                  <Text span size="sm" truncate>
                    {l.emails.join(', ')}
                  </Text>
                  <Text span size="sm" truncate>
                    {l.phones.map(formatPhone).join(', ')}
                  </Text>
                  <Text span size="sm">
                    {l.country ?? ''}
                  </Text>
                  <span>
                    <Badge size="sm" variant="light" color={INTEREST_COLOR[l.interest]}>
                      {t(`lead.interest.${l.interest}`)}
                    </Badge>
                  </span>
                  <Text span size="sm" truncate>
                    {t(`lead.status.${l.status}`)}
                  </Text>
                  <Text span size="sm" truncate>
                    {campaignName(l.campaignId)}
                  </Text>
                  <Text span size="sm" truncate data-testid="lead-owner">
                    {ownerName(l.ownerId)}
                  </Text>
                  <Text span size="sm" c="dimmed" truncate>
                    {formatShortDateTime(l.capturedAt, i18n.language)}
                  </Text>
                </Link>
              </div>
            );
          })}
        </div>
      </div>
    </Box>
  );
});

/** A lead's tags as small chips on one line (the rest cut off, all of them in the tooltip). */
function LeadTags({ tags }: { tags?: readonly string[] }) {
  return (
    <Group
      gap={4}
      wrap="nowrap"
      style={{ overflow: 'hidden' }}
      title={tags?.join(', ')}
      data-testid="lead-tags"
    >
      {tags?.map((tag) => (
        <Badge key={tag} size="sm" variant="outline" color="gray" tt="none" style={{ flexShrink: 0 }}>
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
