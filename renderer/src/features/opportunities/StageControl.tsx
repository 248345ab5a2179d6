import { useState } from 'react';
import { Alert, Button, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '@shared/model/opportunity';
import type { Pipeline } from '@shared/model/settings';
import { stageLabel } from '@shared/pipeline/defaults';
import { resolveStage } from '@shared/pipeline/stages';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { refusalText } from './refusal-text';
import { moveToStage } from './stage-move';

/** Moves the deal to a chosen stage with an optional note; a refusal (missing evidence) is shown, nothing saved. */
export function StageControl({ opp, pipeline }: { opp: Opportunity; pipeline: Pipeline }) {
  const { t, i18n } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const current = resolveStage(pipeline, opp).stage.id;
  const [to, setTo] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const move = async () => {
    if (!to) return;
    const r = await moveToStage(db, opp, to, pipeline, session, note);
    if (r.ok) {
      setNote('');
      setTo(null);
      setError('');
    } else {
      const s = pipeline.stages.find((x) => x.id === to);
      setError(
        t('opp.moveRefused', { stage: s ? stageLabel(s, i18n.language) : to, message: refusalText(t, r) }),
      );
    }
  };
  return (
    <>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          label={t('opp.moveTo')}
          data={pipeline.stages.map((s) => ({
            value: s.id,
            label: `${stageLabel(s, i18n.language)} (${s.probability}%)`,
            disabled: s.id === current,
          }))}
          value={to}
          onChange={setTo}
          w={240}
          data-testid="stage-select"
        />
        <TextInput
          label={t('opp.stageNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          w={280}
        />
        <Button onClick={() => void move()} disabled={!to}>
          {t('opp.move')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="light" data-testid="stage-error">
          {error}
        </Alert>
      )}
    </>
  );
}
