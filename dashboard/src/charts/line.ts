import type { LineSpec, NumberFormat } from './contract';
import { PALETTE } from './contract';

export function lineOption(spec: LineSpec, format: NumberFormat): Record<string, unknown> {
  const right = spec.series.some((s) => s.rightAxis);
  const axis = { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => format(v) } };
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => format(v) },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: spec.categories, boundaryGap: false },
    yAxis: right ? [axis, { ...axis, splitLine: { show: false } }] : axis,
    series: spec.series.map((s) => ({
      name: s.name,
      type: 'line',
      data: s.values,
      yAxisIndex: s.rightAxis ? 1 : 0,
      symbolSize: 6,
      itemStyle: s.color ? { color: s.color } : undefined,
      lineStyle: s.dashed ? { type: 'dashed' } : undefined,
    })),
  };
}
