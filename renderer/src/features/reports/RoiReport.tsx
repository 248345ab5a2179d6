import { useMemo } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { campaignRoi } from '@shared/reports/roi';
import { MissingRates } from './MissingRates';
import { ReportTable } from './ReportTable';
import { reportFormat } from './report-format';
import type { ReportData } from './use-report-data';
import { ReportBarChart } from './ReportBarChart';

/** Lead-source ROI: won amount and open pipeline of each campaign against its cost. */
export function RoiReport({ data }: { data: ReportData }) {
  const { t, i18n } = useTranslation('reports');
  const { rates, company } = data.config;
  const roi = useMemo(
    () => campaignRoi(data.campaigns, data.opportunities, data.leads, rates),
    [data.campaigns, data.opportunities, data.leads, rates],
  );
  const f = reportFormat(i18n.language, company.baseCurrency);
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('currencyNote', { currency: company.baseCurrency })}
      </Text>
      <MissingRates list={roi.missingRates} />
      <ReportBarChart
        h={260}
        data={roi.rows.map((r) => ({
          name: r.name,
          cost: r.cost,
          wonAmount: r.wonAmount,
          weightedPipeline: r.weightedPipeline,
        }))}
        dataKey="name"
        series={[
          { name: 'cost', label: t('roi.cost'), color: 'red.5' },
          { name: 'wonAmount', label: t('roi.wonAmount'), color: 'teal.6' },
          { name: 'weightedPipeline', label: t('roi.weighted'), color: 'blue.4' },
        ]}
        valueFormatter={f.money}
      />
      <ReportTable
        testId="roi-table"
        rows={roi.rows}
        rowKey={(r) => r.campaignId}
        columns={[
          { key: 'name', header: t('roi.campaign'), cell: (r) => r.name },
          { key: 'cost', header: t('roi.cost'), cell: (r) => f.money(r.cost), numeric: true },
          { key: 'leads', header: t('roi.leads'), cell: (r) => r.leads, numeric: true },
          {
            key: 'opportunities',
            header: t('roi.opportunities'),
            cell: (r) => r.opportunities,
            numeric: true,
          },
          { key: 'won', header: t('roi.won'), cell: (r) => r.won, numeric: true },
          { key: 'wonAmount', header: t('roi.wonAmount'), cell: (r) => f.money(r.wonAmount), numeric: true },
          {
            key: 'openPipeline',
            header: t('roi.openPipeline'),
            cell: (r) => f.money(r.openPipeline),
            numeric: true,
          },
          {
            key: 'weighted',
            header: t('roi.weighted'),
            cell: (r) => f.money(r.weightedPipeline),
            numeric: true,
          },
          { key: 'roi', header: t('roi.roi'), cell: (r) => f.pct(r.roi), numeric: true },
        ]}
      />
    </Stack>
  );
}
