import { useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Lead } from '@shared/model/lead';
import { useDatabase } from '../../data/db-context';
import { localDay } from '../../ui/format';
import { useSession } from '../../data/session';
import { useConfig } from '../../data/use-config';
import { live, useLiveDocs } from '../../data/use-live-docs';
import { qualifyLead } from '../documents';

const inDays = (n: number) => localDay(new Date(Date.now() + n * 86_400_000));

/** On a lead: "qualify → opportunity" (account + contact matched or created), or a link to what it became. */
export function QualifyLeadButton({ lead }: { lead: Lead }) {
  const { t } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const navigate = useNavigate();
  const { pipelines, company } = useConfig(db);
  const made = live(useLiveDocs(db, 'opportunities', { sourceId: lead.id }));
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(lead.company || lead.name);
  const [pipelineId, setPipelineId] = useState<string | null>(null);
  const [amount, setAmount] = useState<number | string>(0);
  const [currency, setCurrency] = useState(company.baseCurrency);
  const [close, setClose] = useState(inDays(90));
  const [error, setError] = useState('');

  if (made.length > 0)
    return (
      <Group gap="xs">
        {made.map((o) => (
          <Anchor
            key={o.id}
            component={Link}
            to={`/opportunities/${o.id}`}
            size="sm"
            data-testid="lead-opportunity-link"
          >
            <Group gap={4}>
              <IconTargetArrow size={14} />
              {o.name}
            </Group>
          </Anchor>
        ))}
      </Group>
    );
  if (lead.trashedAt || lead.status === 'converted' || lead.status === 'disqualified') return null;

  const submit = async () => {
    const pipeline =
      pipelines.find((p) => p.id === pipelineId) ??
      pipelines.find((p) => p.pipeline.opportunityKind === 'ordinary') ??
      pipelines[0];
    if (!pipeline) return setError('pipeline: no pipeline is configured');
    const r = await qualifyLead(
      db,
      lead,
      {
        pipeline,
        amount: Number(amount),
        currency: currency.trim().toUpperCase(),
        expectedCloseDate: close,
        opportunityName: name,
      },
      session,
    );
    if (!r.ok)
      return setError(
        t('errors.field', { field: t(`qualify.${r.field}`, { defaultValue: r.field }), message: r.message }),
      );
    setOpen(false);
    notifications.show({ message: t('qualify.done'), color: 'teal' });
    navigate(`/opportunities/${r.opportunityId}`);
  };

  return (
    <>
      <Button
        leftSection={<IconTargetArrow size={16} />}
        onClick={() => setOpen(true)}
        data-testid="qualify-lead"
      >
        {t('qualify.action')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('qualify.title')}>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('qualify.hint')}
          </Text>
          {error && (
            <Alert color="red" variant="light" data-testid="qualify-error">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('qualify.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
          />
          <Select
            label={t('qualify.pipeline')}
            data={pipelines.map((p) => ({ value: p.id, label: p.pipeline.name }))}
            value={pipelineId ?? pipelines[0]?.id ?? null}
            onChange={setPipelineId}
            allowDeselect={false}
          />
          <Group grow>
            <NumberInput
              label={t('qualify.amount')}
              value={amount}
              onChange={setAmount}
              min={0}
              thousandSeparator=","
            />
            <TextInput
              label={t('qualify.currency')}
              value={currency}
              onChange={(e) => setCurrency(e.currentTarget.value)}
              maxLength={3}
            />
          </Group>
          <TextInput
            type="date"
            label={t('qualify.expectedCloseDate')}
            value={close}
            onChange={(e) => setClose(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button onClick={() => void submit()} data-testid="qualify-submit">
              {t('qualify.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
