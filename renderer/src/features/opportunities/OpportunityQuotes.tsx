import { useState } from 'react';
import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Opportunity } from '@shared/model/opportunity';
import { useDatabase } from '../../data/db-context';
import { useSession } from '../../data/session';
import { live, useLiveDocs } from '../../data/use-live-docs';
import { createQuote } from '../documents';
import { DocumentTable } from '../documents';

/**
 * The deal's quotes (报价单) with number, status and total, and "New quote". These are the quotes a stage that
 * requires one counts (stage-move.ts), so the list shows exactly what unlocks such a stage.
 */
export function OpportunityQuotes({ opp }: { opp: Opportunity }) {
  const { t } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState('');
  const quotes = live(useLiveDocs(db, 'documents', { sourceId: opp.id }))
    .filter((d) => d.kind === 'quote' && d.sourceType === 'opportunity')
    .sort((a, b) => b.date.localeCompare(a.date) || b.number.localeCompare(a.number));
  const closed = opp.status === 'lost' || opp.status === 'expired';
  const create = async () => {
    const r = await createQuote(db, opp, session);
    if (!r.ok) return setError(`${r.field}: ${r.message}`);
    notifications.show({ message: t('opp.converted', { number: r.document.number }), color: 'teal' });
    navigate(`/documents/${r.document.id}`);
  };
  return (
    <Paper withBorder p="md" radius="md" data-testid="opp-quotes">
      <Group justify="space-between" mb="xs">
        <Title order={5}>{t('opp.quotes')}</Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPlus size={14} />}
          onClick={() => void create()}
          disabled={closed}
          title={closed ? t('opp.quoteClosed') : undefined}
          data-testid="opp-new-quote"
        >
          {t('opp.newQuote')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" variant="light" mb="xs">
          {error}
        </Alert>
      )}
      {quotes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('opp.noQuotes')}
        </Text>
      ) : (
        <DocumentTable docs={quotes} rowTestId="opp-quote-row" />
      )}
    </Paper>
  );
}
