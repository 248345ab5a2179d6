import { BarChart, type BarChartProps } from '@mantine/charts';

/** Every report's bar chart: one look (legend, axis width, bar width) so the reports read alike. */
export function ReportBarChart(props: BarChartProps) {
  return <BarChart h={240} withLegend tickLine="y" maxBarWidth={72} yAxisProps={{ width: 96 }} {...props} />;
}
