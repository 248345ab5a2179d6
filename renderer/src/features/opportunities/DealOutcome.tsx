import { useState } from 'react';
import { Alert, Button, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Opportunity } from '@shared/model/opportunity';
import type { CompanySettings } from '@shared/model/settings';
import { commissionFor } from '@shared/reports/commission';
import type { CurrencyRates } from '@shared/reports/currency';
import { useDatabase } from '../../data/db-context';
import { formatMoney } from '../../ui/format';
import { useSession } from '../../data/session';
import { convertOpportunity } from '../documents';

/** For a won deal: the commission it earns (difficulty-scaled) and the conversions to a contract or an order. */
export function DealOutcome({
  opp,
  company,
  rates,
}: {
  opp: Opportunity;
  company: CompanySettings;
  rates: CurrencyRates;
}) {
  const { t, i18n } = useTranslation('sales');
  const db = useDatabase();
  const session = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState('');
  if (opp.status !== 'won') return null;
  const c = commissionFor(opp, company.commission, rates);
  const money = (n: number) => formatMoney(n, company.baseCurrency, i18n.language);
  const convert = async (kind: 'contract' | 'order') => {
    const r = await convertOpportunity(db, opp, kind, session);
    if (!r.ok) return setError(`${r.field}: ${r.message}`);
    notifications.show({ message: t('opp.converted', { number: r.document.number }), color: 'teal' });
    navigate(`/documents/${r.document.id}`);
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start">
        <div data-testid="commission">
          <Title order={5}>{t('opp.commission')}</Title>
          <Text size="lg" fw={700}>
            {money(c.total)}
          </Text>
          <Text size="xs" c="dimmed">
            {t('opp.commissionDetail', {
              base: money(c.basePart),
              rate: money(c.ratePart),
              bonus: money(c.bonus),
            })}{' '}
            · ×{opp.difficulty}
          </Text>
          {c.missingRate && (
            <Text size="xs" c="orange">
              {t('opp.commissionMissingRate', { currency: c.missingRate })}
            </Text>
          )}
        </div>
        <Group gap="xs">
          <Button variant="light" onClick={() => void convert('contract')}>
            {t('opp.convertContract')}
          </Button>
          <Button onClick={() => void convert('order')}>{t('opp.convertOrder')}</Button>
        </Group>
      </Group>
      {error && (
        <Alert color="red" mt="sm">
          {error}
        </Alert>
      )}
    </Paper>
  );
}
