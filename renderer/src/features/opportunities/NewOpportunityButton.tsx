import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { openStages, type PipelineEntry } from '@shared/pipeline/stages';
import { DocValidationError } from '@shared/model/validate';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { insertDoc } from '../../db/write';

/** Every object can also be created directly (lead management is optional per company). */
export function NewOpportunityButton({ pipeline, currency }: { pipeline: PipelineEntry; currency: string }) {
  const { t } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [amount, setAmount] = useState<number | string>(0);
  const [cur, setCur] = useState(currency);
  const [close, setClose] = useState('');
  const [error, setError] = useState('');

  const create = async () => {
    const first = openStages(pipeline.pipeline)[0];
    if (!first) return setError('pipeline: no open stage');
    try {
      const opp = await insertDoc(
        db,
        'opportunities',
        {
          name,
          kind: pipeline.pipeline.opportunityKind,
          accountId: '',
          contactIds: [],
          pipelineId: pipeline.id,
          stageId: first.id,
          probability: first.probability,
          probabilityOverridden: false,
          amount: Number(amount) || 0,
          currency: cur.trim().toUpperCase(),
          expectedCloseDate: close,
          status: 'open',
          difficulty: 1,
          sourceType: '',
          sourceId: '',
          campaignId: '',
          lines: [],
          teamMemberIds: [],
          milestones: [],
        },
        session,
      );
      setOpen(false);
      navigate(`/opportunities/${opp.id}`);
    } catch (e) {
      setError(e instanceof DocValidationError ? e.message : String(e));
    }
  };

  return (
    <>
      <Button leftSection={<IconPlus size={16} />} onClick={() => setOpen(true)}>
        {t('opp.new')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('opp.create.title')}>
        <Stack gap="sm">
          {error && (
            <Alert color="red" data-testid="create-error">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('opp.fields.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            data-autofocus
          />
          <Group grow>
            <NumberInput label={t('opp.fields.amount')} value={amount} onChange={setAmount} min={0} />
            <Select
              label={t('opp.fields.currency')}
              data={['CNY', 'USD', 'EUR', 'GBP', 'JPY']}
              value={cur}
              onChange={(v) => setCur(v ?? currency)}
              searchable
              allowDeselect={false}
            />
          </Group>
          <TextInput
            type="date"
            label={t('opp.fields.expectedCloseDate')}
            value={close}
            onChange={(e) => setClose(e.currentTarget.value)}
            required
          />
          <Group justify="flex-end">
            <Button onClick={() => void create()}>{t('opp.create.submit')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
