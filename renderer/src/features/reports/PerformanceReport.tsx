import { useMemo, useState } from 'react';
import { Group, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { salesPerformance } from '@shared/reports/performance';
import { monthlyQuotas, periodQuotas } from '@shared/reports/quota';
import { localDay } from '../../ui/format';
import { MissingRates } from './MissingRates';
import { PeriodInputs } from './PeriodInputs';
import { ReportTable } from './ReportTable';
import { monthRange } from './report-scope';
import { reportFormat } from './report-format';
import type { ReportData } from './use-report-data';
import { ReportBarChart } from './ReportBarChart';

const shiftYear = (d: string) => (d ? `${Number(d.slice(0, 4)) - 1}${d.slice(4)}` : d);

/** Won amount per rep or department in a period, compared with the same period a year earlier. */
export function PerformanceReport({ data }: { data: ReportData }) {
  const { t, i18n } = useTranslation('reports');
  const [groupBy, setGroupBy] = useState<'owner' | 'department'>('owner');
  const [period, setPeriod] = useState(() => monthRange(localDay(new Date())).period);
  const { rates, company, settings } = data.config;
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // Monthly targets live on the user and department settings; the report scales them to the period.
  const quotas = useMemo(
    () => periodQuotas(monthlyQuotas(settings, groupBy === 'owner' ? 'user' : 'department'), period),
    [settings, groupBy, period],
  );
  const report = useMemo(
    () =>
      salesPerformance(data.opportunities, {
        groupBy,
        period,
        previous: { from: shiftYear(period.from), to: shiftYear(period.to) },
        quotas,
        rates,
        tz,
      }),
    [data.opportunities, groupBy, period, quotas, rates, tz],
  );
  const hasQuotas = Object.keys(quotas).length > 0;
  const f = reportFormat(i18n.language, company.baseCurrency);
  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end">
        <SegmentedControl
          aria-label={t('filters.groupBy')}
          value={groupBy}
          onChange={(v) => setGroupBy(v as 'owner' | 'department')}
          data={(['owner', 'department'] as const).map((v) => ({ value: v, label: t(`filters.${v}`) }))}
        />
        <PeriodInputs value={period} onChange={setPeriod} />
      </Group>
      <MissingRates list={report.missingRates} />
      <ReportBarChart
        data={report.rows.map((r) => ({
          key: data.label(r.key),
          wonAmount: r.wonAmount,
          previousAmount: r.previousAmount,
        }))}
        dataKey="key"
        series={[
          { name: 'wonAmount', label: t('performance.wonAmount'), color: 'teal.6' },
          { name: 'previousAmount', label: t('performance.previousAmount'), color: 'gray.5' },
        ]}
        valueFormatter={f.money}
      />
      <ReportTable
        testId="performance-table"
        rows={report.rows}
        rowKey={(r) => r.key}
        columns={[
          { key: 'key', header: t('performance.key'), cell: (r) => data.label(r.key) },
          { key: 'wonCount', header: t('performance.wonCount'), cell: (r) => r.wonCount, numeric: true },
          {
            key: 'wonAmount',
            header: t('performance.wonAmount'),
            cell: (r) => f.money(r.wonAmount),
            numeric: true,
          },
          {
            key: 'previousAmount',
            header: t('performance.previousAmount'),
            cell: (r) => f.money(r.previousAmount),
            numeric: true,
          },
          { key: 'growth', header: t('performance.growth'), cell: (r) => f.pct(r.growth), numeric: true },
          ...(hasQuotas
            ? [
                {
                  key: 'quota',
                  header: t('performance.quota'),
                  cell: (r: (typeof report.rows)[number]) => (r.quota === null ? '—' : f.money(r.quota)),
                  numeric: true,
                },
                {
                  key: 'completion',
                  header: t('performance.completion'),
                  cell: (r: (typeof report.rows)[number]) => f.pct(r.completion),
                  numeric: true,
                },
              ]
            : []),
        ]}
      />
    </Stack>
  );
}
