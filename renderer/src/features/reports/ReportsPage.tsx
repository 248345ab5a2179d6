import '@mantine/charts/styles.css';
import { Center, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDatabase } from '../../app/db-context';
import { CommissionReport } from './CommissionReport';
import { ExpiredReport } from './ExpiredReport';
import { ForecastReport } from './ForecastReport';
import { FunnelReport } from './FunnelReport';
import { PerformanceReport } from './PerformanceReport';
import { RoiReport } from './RoiReport';
import { useReportData } from './use-report-data';

const TABS = ['funnel', 'forecast', 'roi', 'expired', 'performance', 'commission'] as const;
type Tab = (typeof TABS)[number];

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
          <>
            <Tabs.Panel value="funnel" pt="md">
              <FunnelReport data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="forecast" pt="md">
              <ForecastReport data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="roi" pt="md">
              <RoiReport data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="expired" pt="md">
              <ExpiredReport data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="performance" pt="md">
              <PerformanceReport data={data} />
            </Tabs.Panel>
            <Tabs.Panel value="commission" pt="md">
              <CommissionReport data={data} />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </Stack>
  );
}
