import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rollUpCost } from '@shared/samples/cost';
import { useDatabase } from '../../data/db-context';
import { formatMoney } from '../../ui/format';
import { useConfig } from '../../data/use-config';
import { useLiveDocs } from '../../data/use-live-docs';

/**
 * The sample cost of one opportunity or account in the company currency, for the opportunity and account
 * pages to drop in: <SampleCostSummary by={{ opportunityId }} />.
 */
export function SampleCostSummary({ by }: { by: { opportunityId: string } | { accountId: string } }) {
  const { t, i18n } = useTranslation('samples');
  const db = useDatabase();
  const { rates } = useConfig(db);
  const samples = useLiveDocs(
    db,
    'samples',
    'opportunityId' in by ? { opportunityId: by.opportunityId } : { accountId: by.accountId },
  );
  if (!samples) return null;
  const r = rollUpCost(samples, by, rates);
  const money = (n: number) => formatMoney(n, r.currency, i18n.language);
  return (
    <Text size="sm" data-testid="sample-cost-summary">
      {r.samples === 0 && r.missingRates.length === 0
        ? t('cost.none')
        : t('cost.summary', {
            cost: money(r.cost),
            charged: money(r.charged),
            net: money(r.net),
            count: r.samples,
          })}
      {r.missingRates.length > 0 && ` · ${t('cost.missingRates', { currencies: r.missingRates.join(', ') })}`}
    </Text>
  );
}
