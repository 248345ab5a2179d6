import { useMemo, useState } from 'react';
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { commissionReport } from '@shared/reports/commission';
import { localDay } from '../../ui/format';
import { MissingRates } from './MissingRates';
import { PeriodInputs } from './PeriodInputs';
import { ReportTable } from './ReportTable';
import { monthRange } from './report-scope';
import { reportFormat } from './report-format';
import type { ReportData } from './use-report-data';
import { ReportBarChart } from './ReportBarChart';

/** Commission per rep for deals won in the period, hard deals weighted by their difficulty coefficient. */
export function CommissionReport({ data }: { data: ReportData }) {
  const { t, i18n } = useTranslation('reports');
  const [period, setPeriod] = useState(() => monthRange(localDay(new Date())).period);
  const { rates, company } = data.config;
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const report = useMemo(
    () => commissionReport(data.opportunities, company.commission, { period, rates, tz }),
    [data.opportunities, company.commission, period, rates, tz],
  );
  const f = reportFormat(i18n.language, company.baseCurrency);
  const rule = company.commission;
  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end">
        <PeriodInputs value={period} onChange={setPeriod} />
        <Text size="sm" c="dimmed">
          {t('commission.rule', {
            base: f.money(rule.base),
            rate: f.pct(rule.rate),
            bonus: f.money(rule.bonus),
          })}
        </Text>
      </Group>
      <MissingRates list={report.missingRates} />
      <ReportBarChart
        data={report.rows.map((r) => ({
          key: data.label(r.ownerId),
          basePart: r.basePart,
          ratePart: r.ratePart,
          bonus: r.bonus,
        }))}
        dataKey="key"
        type="stacked"
        series={[
          { name: 'basePart', label: t('commission.basePart'), color: 'blue.6' },
          { name: 'ratePart', label: t('commission.ratePart'), color: 'teal.5' },
          { name: 'bonus', label: t('commission.bonus'), color: 'yellow.5' },
        ]}
        valueFormatter={f.money}
      />
      <ReportTable
        testId="commission-table"
        rows={report.rows}
        rowKey={(r) => r.ownerId}
        columns={[
          { key: 'owner', header: t('commission.owner'), cell: (r) => data.label(r.ownerId) },
          { key: 'deals', header: t('commission.deals'), cell: (r) => r.deals, numeric: true },
          {
            key: 'basePart',
            header: t('commission.basePart'),
            cell: (r) => f.money(r.basePart),
            numeric: true,
          },
          {
            key: 'ratePart',
            header: t('commission.ratePart'),
            cell: (r) => f.money(r.ratePart),
            numeric: true,
          },
          { key: 'bonus', header: t('commission.bonus'), cell: (r) => f.money(r.bonus), numeric: true },
          { key: 'total', header: t('commission.total'), cell: (r) => f.money(r.total), numeric: true },
        ]}
      />
    </Stack>
  );
}
