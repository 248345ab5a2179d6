import { useMemo, useState } from 'react';
import { Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { stageLabel } from '@shared/pipeline/defaults';
import { funnelReport, type FunnelStage } from '@shared/reports/funnel';
import { ReportTable } from './ReportTable';
import { reportFormat } from './report-format';
import type { ReportData } from './use-report-data';
import { ReportBarChart } from './ReportBarChart';

/** Stage funnel of one pipeline: how many deals reached each stage and the stage-to-stage conversion. */
export function FunnelReport({ data }: { data: ReportData }) {
  const { t, i18n } = useTranslation('reports');
  const { pipelines } = data.config;
  const [pipelineId, setPipelineId] = useState(pipelines[0]?.id ?? '');
  const entry = pipelines.find((p) => p.id === pipelineId) ?? pipelines[0];
  const funnel = useMemo(
    () => (entry ? funnelReport(entry, data.opportunities, data.stageEvents) : undefined),
    [entry, data.opportunities, data.stageEvents],
  );
  const f = reportFormat(i18n.language, data.config.company.baseCurrency);
  const name = (s: FunnelStage) => stageLabel({ id: s.stageId, name: s.name }, i18n.language);
  if (!entry || !funnel) return null;
  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end">
        <Select
          label={t('filters.pipeline')}
          data={pipelines.map((p) => ({ value: p.id, label: p.pipeline.name }))}
          value={entry.id}
          onChange={(v) => v && setPipelineId(v)}
          allowDeselect={false}
          w={220}
        />
        <Text size="sm" data-testid="funnel-win-rate">
          {t('funnel.winRate', { rate: f.pct(funnel.winRate) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('funnel.lost', { count: funnel.lost })}
        </Text>
      </Group>
      <ReportBarChart
        h={280}
        data={funnel.stages.map((s) => ({ stage: name(s), reached: s.reached, current: s.current }))}
        dataKey="stage"
        series={[
          { name: 'reached', label: t('funnel.reached'), color: 'blue.6' },
          { name: 'current', label: t('funnel.current'), color: 'teal.5' },
        ]}
      />
      <ReportTable
        testId="funnel-table"
        rows={funnel.stages}
        rowKey={(s) => s.stageId}
        columns={[
          { key: 'stage', header: t('funnel.stage'), cell: name },
          { key: 'reached', header: t('funnel.reached'), cell: (s) => s.reached, numeric: true },
          { key: 'current', header: t('funnel.current'), cell: (s) => s.current, numeric: true },
          {
            key: 'conversion',
            header: t('funnel.conversion'),
            cell: (s) => f.pct(s.conversionToNext),
            numeric: true,
          },
        ]}
      />
    </Stack>
  );
}
