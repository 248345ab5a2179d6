import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { salesDocumentSchema, type SalesDocument } from '@shared/model/document';
import { useDatabase } from '../../data/db-context';
import { formatDay, formatMoney } from '../../ui/format';
import { useSession } from '../../data/session';
import { updateDoc } from '../../db/write';
import { ChainView } from '../chain';
import { useLiveDocs } from '../../data/use-live-docs';
import { LinesEditor } from './LinesEditor';
import { convertQuote, orderRestOfContract } from './conversions';
import { PaymentPlanEditor } from './PaymentPlanEditor';

const STATUSES = salesDocumentSchema.shape.status.options;

/** One quote / contract / order: lines and total with currency, status, payment plan, chain; contracts make orders. */
export function DocumentDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const navigate = useNavigate();
  const found = useLiveDocs(db, 'documents', { id });
  const doc = found?.[0];
  // A quote's deal: once it is won the quote can become the contract.
  const deal = useLiveDocs(db, 'opportunities', {
    id: doc?.kind === 'quote' && doc.sourceType === 'opportunity' ? doc.sourceId || '-' : '-',
  })?.[0];
  const [error, setError] = useState('');
  const back = (
    <Anchor component={Link} to="/documents" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('doc.back')}
      </Group>
    </Anchor>
  );
  if (!doc)
    return (
      <Stack>
        {back}
        <Text c="dimmed">{found ? t('doc.notFound') : '…'}</Text>
      </Stack>
    );
  const convert = async (run: typeof orderRestOfContract) => {
    const r = await run(db, doc, session);
    if (!r.ok) return setError(`${r.field}: ${r.message}`);
    notifications.show({ message: t('opp.converted', { number: r.document.number }), color: 'teal' });
    navigate(`/documents/${r.document.id}`);
  };
  return (
    <Stack gap="md" maw={1100}>
      {back}
      <Group justify="space-between">
        <Group gap="sm">
          <Badge variant="light">{t(`doc.kind.${doc.kind}`)}</Badge>
          <Title order={2} data-testid="doc-number">
            {doc.number}
          </Title>
          <Text c="dimmed">{doc.title}</Text>
        </Group>
        {doc.kind === 'contract' && (
          <Button onClick={() => void convert(orderRestOfContract)} disabled={doc.status === 'cancelled'}>
            {t('doc.createOrders')}
          </Button>
        )}
        {doc.kind === 'quote' && deal?.status === 'won' && (
          <Button
            onClick={() => void convert(convertQuote)}
            disabled={doc.status === 'cancelled'}
            data-testid="quote-to-contract"
          >
            {t('doc.toContract')}
          </Button>
        )}
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      <ChainView record={{ type: doc.kind as 'order', id: doc.id }} label={doc.number} />
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, sm: 4 }} mb="md">
          <Select
            label={t('doc.statusLabel')}
            data={STATUSES.map((s) => ({ value: s, label: t(`doc.status.${s}`) }))}
            value={doc.status}
            allowDeselect={false}
            onChange={(v) =>
              v && void updateDoc(db, 'documents', doc.id, { status: v as SalesDocument['status'] }, session)
            }
          />
          <Labelled label={t('doc.date')} value={formatDay(doc.date, i18n.language)} />
          <Labelled label={t('opp.fields.currency')} value={doc.currency} />
          <Labelled
            label={t('doc.total')}
            value={formatMoney(doc.total, doc.currency, i18n.language)}
            testId="doc-total"
          />
        </SimpleGrid>
        <Title order={5} mb="xs">
          {t('doc.lines')}
        </Title>
        {doc.status === 'draft' ? (
          // A draft's lines are still being written; once sent or signed they are what was agreed.
          <DraftLines key={doc.updatedAt} doc={doc} />
        ) : doc.lines.length > 0 ? (
          <LinesEditor lines={doc.lines} currency={doc.currency} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('doc.noLines')}
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={5} mb="xs">
          {t('doc.paymentPlan')}
        </Title>
        <PaymentPlan doc={doc} />
      </Paper>
    </Stack>
  );
}

function PaymentPlan({ doc }: { doc: SalesDocument }) {
  return <PaymentPlanEditor key={doc.updatedAt} doc={doc} />;
}

function Labelled({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}

/** Lines of a draft, edited locally and saved together (a half-typed line is not a valid document). */
function DraftLines({ doc }: { doc: SalesDocument }) {
  const { t } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const [lines, setLines] = useState(doc.lines);
  const [error, setError] = useState('');
  const save = async () => {
    try {
      const total = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
      await updateDoc(db, 'documents', doc.id, { lines, total }, session);
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Stack gap="xs">
      <LinesEditor lines={lines} currency={doc.currency} onChange={setLines} />
      {error && (
        <Text c="red" size="sm" data-testid="doc-lines-error">
          {t('doc.linesInvalid')}
        </Text>
      )}
      <Group justify="flex-end">
        <Button size="xs" onClick={() => void save()} data-testid="doc-lines-save">
          {t('doc.saveLines')}
        </Button>
      </Group>
    </Stack>
  );
}
