import { useMemo, useState } from 'react';
import { Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { weightedForecast, type ForecastRow } from '@shared/reports/forecast';
import type { GroupBy, OpportunityScope } from '@shared/reports/scope';
import { MissingRates } from './MissingRates';
import { ReportTable } from './ReportTable';
import { reportFormat } from './report-format';
import type { ReportData } from './use-report-data';
import { ReportBarChart } from './ReportBarChart';

/** Weighted forecast of open deals (amount × probability) per rep, department or month, company currency. */
export function ForecastReport({ data }: { data: ReportData }) {
  const { t, i18n } = useTranslation('reports');
  const [groupBy, setGroupBy] = useState<GroupBy>('owner');
  const [scope, setScope] = useState<OpportunityScope>('both');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const { rates, company } = data.config;
  const forecast = useMemo(
    () =>
      weightedForecast(data.opportunities, {
        groupBy,
        scope,
        rates,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      }),
    [data.opportunities, groupBy, scope, rates, from, to],
  );
  const f = reportFormat(i18n.language, company.baseCurrency);
  const key = (r: ForecastRow) => (groupBy === 'month' ? r.key : data.label(r.key));
  const total = { key: '', ...forecast.total };
  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('filters.groupBy')}
          value={groupBy}
          onChange={(v) => setGroupBy(v as GroupBy)}
          data={(['owner', 'department', 'month'] as const).map((v) => ({
            value: v,
            label: t(`filters.${v}`),
          }))}
        />
        <SegmentedControl
          aria-label={t('filters.scope')}
          value={scope}
          onChange={(v) => setScope(v as OpportunityScope)}
          data={(['both', 'ordinary', 'project'] as const).map((v) => ({
            value: v,
            label: t(`filters.${v}`),
          }))}
        />
        <TextInput
          type="date"
          label={t('filters.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('filters.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <Text size="sm" c="dimmed">
          {t('currencyNote', { currency: company.baseCurrency })}
        </Text>
      </Group>
      <MissingRates list={forecast.missingRates} />
      <ReportBarChart
        h={260}
        data={forecast.rows.map((r) => ({ key: key(r), amount: r.amount, weighted: r.weighted }))}
        dataKey="key"
        series={[
          { name: 'amount', label: t('forecast.amount'), color: 'gray.5' },
          { name: 'weighted', label: t('forecast.weighted'), color: 'blue.6' },
        ]}
        valueFormatter={f.money}
      />
      <ReportTable
        testId="forecast-table"
        rows={forecast.rows}
        rowKey={(r) => r.key}
        total={total}
        columns={[
          { key: 'key', header: t('forecast.key'), cell: key },
          { key: 'count', header: t('forecast.count'), cell: (r) => r.count, numeric: true },
          { key: 'amount', header: t('forecast.amount'), cell: (r) => f.money(r.amount), numeric: true },
          {
            key: 'weighted',
            header: t('forecast.weighted'),
            cell: (r) => f.money(r.weighted),
            numeric: true,
          },
        ]}
      />
    </Stack>
  );
}
