import { Anchor, Select, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Opportunity } from '@shared/model/opportunity';
import { stageLabel } from '@shared/pipeline/defaults';
import { pipelineFor, resolveStage } from '@shared/pipeline/stages';
import { useDatabase } from '../../data/db-context';
import { formatDay, formatMoney } from '../../ui/format';
import { useSession } from '../../data/session';
import { useConfig } from '../../data/use-config';
import { moveToStage } from '../opportunities';

/** The account's opportunities; the stage can be moved here (same rules and history as on the board). */
export function OpportunityRows({
  opps,
  campaignName,
}: {
  opps: Opportunity[];
  campaignName: (id: string) => string;
}) {
  const { t, i18n } = useTranslation('accounts');
  const db = useDatabase();
  const session = useSession();
  const { pipelines } = useConfig(db);
  if (opps.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('view.none')}
      </Text>
    );
  return (
    <Table withTableBorder data-testid="account-opportunities">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('opportunity.name')}</Table.Th>
          <Table.Th>{t('view.stage')}</Table.Th>
          <Table.Th ta="right">{t('view.probability')}</Table.Th>
          <Table.Th ta="right">{t('view.amount')}</Table.Th>
          <Table.Th>{t('view.close')}</Table.Th>
          <Table.Th>{t('view.campaign')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {opps.map((o) => {
          const entry = pipelineFor(o, pipelines);
          const stage = entry ? resolveStage(entry.pipeline, o).stage : undefined;
          return (
            <Table.Tr key={o.id} data-testid="account-opportunity-row">
              <Table.Td>
                <Anchor component={Link} to={`/opportunities/${o.id}`}>
                  {o.name}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Select
                  size="xs"
                  aria-label={`${t('view.stage')} ${o.name}`}
                  data={(entry?.pipeline.stages ?? []).map((s) => ({
                    value: s.id,
                    label: stageLabel(s, i18n.language),
                  }))}
                  value={stage?.id ?? null}
                  allowDeselect={false}
                  w={150}
                  onChange={(v) => {
                    if (!v || !entry || v === o.stageId) return;
                    void moveToStage(db, o, v, entry.pipeline, session).then(
                      (r) => !r.ok && notifications.show({ color: 'red', message: r.message }),
                      (err: unknown) => notifications.show({ color: 'red', message: String(err) }),
                    );
                  }}
                />
              </Table.Td>
              <Table.Td ta="right">{o.probability}%</Table.Td>
              <Table.Td ta="right">{formatMoney(o.amount, o.currency, i18n.language)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDay(o.expectedCloseDate, i18n.language)}
              </Table.Td>
              <Table.Td>{o.campaignId ? campaignName(o.campaignId) : ''}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
