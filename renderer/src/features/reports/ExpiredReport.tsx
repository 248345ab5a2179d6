import { useMemo, useState } from 'react';
import { Group, SegmentedControl, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { expiredReport } from '@shared/reports/expired';
import { localDay } from '../../ui/format';
import { MissingRates } from './MissingRates';
import { ReportTable } from './ReportTable';
import { reportFormat } from './report-format';
import type { ReportData } from './use-report-data';
import { ReportBarChart } from './ReportBarChart';

/** Which reps or departments let deals expire or run past their expected close date. */
export function ExpiredReport({ data }: { data: ReportData }) {
  const { t, i18n } = useTranslation('reports');
  const [groupBy, setGroupBy] = useState<'owner' | 'department'>('owner');
  const { rates, company } = data.config;
  const report = useMemo(
    () => expiredReport(data.opportunities, { today: localDay(new Date()), groupBy, rates }),
    [data.opportunities, groupBy, rates],
  );
  const f = reportFormat(i18n.language, company.baseCurrency);
  return (
    <Stack gap="md">
      <Group>
        <SegmentedControl
          aria-label={t('filters.groupBy')}
          value={groupBy}
          onChange={(v) => setGroupBy(v as 'owner' | 'department')}
          data={(['owner', 'department'] as const).map((v) => ({ value: v, label: t(`filters.${v}`) }))}
        />
      </Group>
      <MissingRates list={report.missingRates} />
      <ReportBarChart
        data={report.rows.map((r) => ({ key: data.label(r.key), expired: r.expired, overdue: r.overdue }))}
        dataKey="key"
        type="stacked"
        series={[
          { name: 'expired', label: t('expired.expired'), color: 'red.6' },
          { name: 'overdue', label: t('expired.overdue'), color: 'orange.4' },
        ]}
      />
      <ReportTable
        testId="expired-table"
        rows={report.rows}
        rowKey={(r) => r.key}
        columns={[
          { key: 'key', header: t('expired.key'), cell: (r) => data.label(r.key) },
          { key: 'expired', header: t('expired.expired'), cell: (r) => r.expired, numeric: true },
          {
            key: 'expiredAmount',
            header: t('expired.expiredAmount'),
            cell: (r) => f.money(r.expiredAmount),
            numeric: true,
          },
          { key: 'overdue', header: t('expired.overdue'), cell: (r) => r.overdue, numeric: true },
          {
            key: 'overdueAmount',
            header: t('expired.overdueAmount'),
            cell: (r) => f.money(r.overdueAmount),
            numeric: true,
          },
        ]}
      />
    </Stack>
  );
}
