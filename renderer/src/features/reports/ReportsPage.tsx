import '@mantine/charts/styles.css';
import type { ReactNode } from 'react';
import { Center, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDatabase } from '../../data/db-context';
import { CommissionReport } from './CommissionReport';
import { ExpiredReport } from './ExpiredReport';
import { ForecastReport } from './ForecastReport';
import { FunnelReport } from './FunnelReport';
import { PerformanceReport } from './PerformanceReport';
import { RoiReport } from './RoiReport';
import { useReportData, type ReportData } from './use-report-data';

/** The tabs in order, each with its report: one list for the tab bar and the panels. */
const REPORTS = {
  funnel: FunnelReport,
  forecast: ForecastReport,
  roi: RoiReport,
  expired: ExpiredReport,
  performance: PerformanceReport,
  commission: CommissionReport,
} satisfies Record<string, (props: { data: ReportData }) => ReactNode>;
type Tab = keyof typeof REPORTS;
const TABS = Object.keys(REPORTS) as Tab[];

/** 报表: each report as a chart plus the table behind it, over what this user may see, offline. */
export function ReportsPage() {
  const { t } = useTranslation('reports');
  const db = useDatabase();
  const data = useReportData(db);
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'funnel';
  return (
    <Stack gap="md">
      <Title order={2}>{t('title')}</Title>
      <Tabs value={tab} onChange={(v) => v && setParams({ tab: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {!data.ready ? (
          <Center py="xl">
            <Loader />
          </Center>
        ) : (
          TABS.map((x) => {
            const Report = REPORTS[x];
            return (
              <Tabs.Panel key={x} value={x} pt="md">
                <Report data={data} />
              </Tabs.Panel>
            );
          })
        )}
      </Tabs>
    </Stack>
  );
}
