import { Checkbox, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { stageLabel } from '@shared/pipeline/defaults';
import type { FeedbackStage } from './use-feedback-stage';

export interface StageChoice {
  move: boolean;
  /** The chosen stage; null: the offer's next stage. */
  to: string | null;
}

/**
 * "Also move the opportunity to …": offered with the feedback step, so the customer's answer and the deal's
 * progress are saved together. Disabled, with the reason, for someone who may not change the deal.
 */
export function FeedbackStageChoice({
  stage,
  value,
  onChange,
  error,
}: {
  stage: FeedbackStage;
  value: StageChoice;
  onChange: (v: StageChoice) => void;
  error?: string;
}) {
  const { t, i18n } = useTranslation('samples');
  const { offer, opp } = stage;
  const label = (s: { id: string; name: string; probability: number }) =>
    t('stageMove.stage', { stage: stageLabel(s, i18n.language), probability: s.probability });
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="feedback-stage">
      <Stack gap={6}>
        <Checkbox
          label={t('stageMove.label', { opp: opp.name })}
          description={
            offer.allowed
              ? t('stageMove.current', { stage: label(offer.current) })
              : t('stageMove.notAllowed')
          }
          checked={offer.allowed && value.move}
          disabled={!offer.allowed}
          onChange={(e) => onChange({ ...value, move: e.currentTarget.checked })}
          data-testid="feedback-stage-move"
        />
        {offer.allowed && value.move && (
          <Select
            label={t('stageMove.to')}
            data={offer.choices.map((s) => ({ value: s.id, label: label(s) }))}
            value={value.to ?? offer.next.id}
            allowDeselect={false}
            onChange={(v) => onChange({ ...value, to: v })}
            w={280}
            data-testid="feedback-stage-to"
          />
        )}
        {error && (
          <Text size="xs" c="red" data-testid="feedback-stage-error">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
