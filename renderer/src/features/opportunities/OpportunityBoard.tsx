import { useEffect, useMemo, useState } from 'react';
import { Badge, Box, Group, Paper, ScrollArea, Stack, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '@shared/model/opportunity';
import { stageLabel } from '@shared/pipeline/defaults';
import { findStage, type PipelineEntry } from '@shared/pipeline/stages';
import type { CurrencyRates } from '@shared/reports/currency';
import { useDatabase } from '../../data/db-context';
import { formatMoney, localDay } from '../../ui/format';
import { useSession } from '../../data/session';
import { boardColumns, isOverdue, neighbourStage, type WeightedTotals } from './board-model';
import { useStaleDeals } from './use-stale-deals';
import { OpportunityCard } from './OpportunityCard';
import { refusalText } from './refusal-text';
import { moveToStage } from './stage-move';

interface Props {
  entry: PipelineEntry;
  opportunities: Opportunity[];
  rates: CurrencyRates;
  ownerName: (id: string) => string;
  /** The company's hours without a touch after which an open deal is stale. */
  staleHours: number;
}

/** Columns by stage with weighted totals; cards move by drag and drop or by keyboard, every move announced. */
export function OpportunityBoard({ entry, opportunities, rates, ownerName, staleHours }: Props) {
  const { t, i18n } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState('');
  const [dropTarget, setDropTarget] = useState('');
  const columns = useMemo(
    () => boardColumns(entry.pipeline, opportunities, rates),
    [entry, opportunities, rates],
  );
  const today = localDay(new Date());
  const stale = useStaleDeals(opportunities, staleHours);
  const name = (stageId: string) => {
    const s = findStage(entry.pipeline, stageId);
    return s ? stageLabel(s, i18n.language) : stageId;
  };

  // A moved card is re-rendered in another column: give it the focus back so the next key press moves it again.
  useEffect(() => {
    if (!focusId) return;
    const el = document.querySelector<HTMLElement>(`[data-opp-id="${focusId}"]`);
    if (el && document.activeElement !== el) el.focus();
  }, [columns, focusId]);

  const move = async (opp: Opportunity, toStageId: string) => {
    const r = await moveToStage(db, opp, toStageId, entry.pipeline, session);
    if (r.ok) {
      setAnnouncement(
        t('opp.moved', { name: opp.name, stage: name(toStageId), probability: r.opportunity.probability }),
      );
    } else {
      const message = t('opp.moveRefused', { stage: name(toStageId), message: refusalText(t, r) });
      setAnnouncement(message);
      notifications.show({ color: 'red', message, autoClose: 5000 });
    }
  };

  const step = (opp: Opportunity, dir: -1 | 1) => {
    const to = neighbourStage(entry.pipeline, opp, dir);
    setFocusId(opp.id);
    if (to) void move(opp, to.id);
  };

  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed">
        {t('opp.keyboardHint')}
      </Text>
      <VisuallyHidden aria-live="polite" role="status" data-testid="board-announcer">
        {announcement}
      </VisuallyHidden>
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" gap="sm" wrap="nowrap" pb="sm" data-testid="opp-board">
          {columns.map((col) => (
            <Paper
              key={col.stage.id}
              withBorder
              radius="md"
              p="xs"
              w={212}
              miw={212}
              bg={
                dropTarget === col.stage.id
                  ? 'var(--mantine-color-blue-light)'
                  : 'var(--mantine-color-gray-light)'
              }
              data-testid="opp-column"
              data-stage-id={col.stage.id}
              onDragOver={(e) => {
                e.preventDefault();
                setDropTarget(col.stage.id);
              }}
              onDragLeave={() => setDropTarget('')}
              onDrop={(e) => {
                e.preventDefault();
                setDropTarget('');
                const opp = opportunities.find((o) => o.id === e.dataTransfer.getData('text/plain'));
                if (opp && opp.stageId !== col.stage.id) void move(opp, col.stage.id);
              }}
            >
              <Group justify="space-between" gap={4} wrap="nowrap">
                <Text fw={600} size="sm" truncate>
                  {stageLabel(col.stage, i18n.language)}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <Badge
                    size="xs"
                    variant="outline"
                    color={col.stage.kind === 'won' ? 'teal' : col.stage.kind === 'lost' ? 'gray' : 'blue'}
                  >
                    {col.stage.probability}%
                  </Badge>
                  <Badge size="xs" variant="light">
                    {t('opp.count', { count: col.opps.length })}
                  </Badge>
                </Group>
              </Group>
              <ColumnTotals totals={col.totals} base={rates.base} />
              <Stack gap={6} mt="xs" mih={60}>
                {col.opps.map((o) => (
                  <OpportunityCard
                    key={o.id}
                    opp={o}
                    stageName={stageLabel(col.stage, i18n.language)}
                    ownerName={ownerName(o.ownerId)}
                    overdue={isOverdue(o, today)}
                    stale={stale.has(o.id)}
                    staleHours={staleHours}
                    onStep={step}
                  />
                ))}
                {col.opps.length === 0 && (
                  <Text size="xs" c="dimmed" ta="center" py="sm">
                    {t('opp.empty')}
                  </Text>
                )}
              </Stack>
            </Paper>
          ))}
        </Group>
      </ScrollArea>
    </Stack>
  );
}

function ColumnTotals({ totals, base }: { totals: WeightedTotals; base: string }) {
  const { t, i18n } = useTranslation('sales');
  if (totals.byCurrency.length === 0) return <Box h={4} />;
  const foreign = totals.byCurrency.some((c) => c.currency !== base);
  return (
    <Stack gap={0} mt={4} data-testid="column-totals">
      {totals.byCurrency.map((c) => (
        <Text key={c.currency} size="xs" c="dimmed">
          {t('opp.weighted')} {formatMoney(c.weighted, c.currency, i18n.language)}
        </Text>
      ))}
      {foreign && totals.weightedBase > 0 && (
        <Text size="xs" c="dimmed">
          {t('opp.baseTotal', { amount: formatMoney(totals.weightedBase, base, i18n.language) })}
        </Text>
      )}
      {totals.missingRates.length > 0 && foreign && (
        <Text size="xs" c="orange">
          {t('opp.missingRates', { currencies: totals.missingRates.join(', ') })}
        </Text>
      )}
    </Stack>
  );
}
