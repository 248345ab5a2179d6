import type { KeyboardEvent } from 'react';
import { Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Opportunity } from '@shared/model/opportunity';
import { formatDay, formatMoney } from '../../ui/format';

interface Props {
  opp: Opportunity;
  stageName: string;
  ownerName: string;
  overdue: boolean;
  /** Nobody touched it for staleHours. */
  stale?: boolean;
  staleHours?: number;
  /** -1 / +1: one stage left / right, from the keyboard. */
  onStep: (opp: Opportunity, step: -1 | 1) => void;
}

/** A focusable, draggable card: Alt+←/→ or [ / ] moves it one stage, Enter opens it. */
export function OpportunityCard({ opp, stageName, ownerName, overdue, stale, staleHours, onStep }: Props) {
  const { t, i18n } = useTranslation('sales');
  const navigate = useNavigate();
  const amount = formatMoney(opp.amount, opp.currency, i18n.language);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step =
      (e.altKey && e.key === 'ArrowRight') || e.key === ']'
        ? 1
        : (e.altKey && e.key === 'ArrowLeft') || e.key === '['
          ? -1
          : 0;
    if (step) {
      e.preventDefault();
      onStep(opp, step);
    } else if (e.key === 'Enter') navigate(`/opportunities/${opp.id}`);
  };
  return (
    <Paper
      withBorder
      radius="sm"
      p="xs"
      tabIndex={0}
      role="button"
      draggable
      data-testid="opp-card"
      data-opp-id={opp.id}
      aria-label={t('opp.cardLabel', {
        name: opp.name,
        stage: stageName,
        amount,
        probability: opp.probability,
      })}
      onDragStart={(e) => {
        e.dataTransfer.setData('text/plain', opp.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onKeyDown={onKeyDown}
      onDoubleClick={() => navigate(`/opportunities/${opp.id}`)}
      style={{ cursor: 'grab' }}
    >
      <Text size="sm" fw={600} lineClamp={2}>
        {opp.name}
      </Text>
      <Group gap={6} mt={4} justify="space-between" wrap="nowrap">
        <Text size="xs">{amount}</Text>
        <Text size="xs" c="dimmed">
          {opp.probability}%
        </Text>
      </Group>
      <Group gap={6} mt={4} wrap="wrap">
        <Text size="xs" c="dimmed">
          {formatDay(opp.expectedCloseDate, i18n.language)}
        </Text>
        {overdue && (
          <Badge size="xs" color="red" variant="filled" data-testid="overdue-badge">
            {t('opp.overdue')}
          </Badge>
        )}
        {stale && (
          <Badge size="xs" color="orange" variant="light" data-testid="stale-badge">
            {t('opp.stale', { hours: staleHours })}
          </Badge>
        )}
        {opp.kind === 'project' && (
          <Badge size="xs" variant="light" color="grape">
            {t('opp.kind.project')}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed" mt={2} truncate>
        {ownerName}
      </Text>
    </Paper>
  );
}
