import type { BarSpec, NumberFormat } from './contract';
import { PALETTE } from './contract';

export function barOption(spec: BarSpec, format: NumberFormat): Record<string, unknown> {
  const category = { type: 'category', data: spec.categories, axisLabel: { interval: 0, hideOverlap: true } };
  const value = { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => format(v) } };
  return {
    color: PALETTE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => format(v) },
    legend: { show: spec.series.length > 1, top: 0 },
    grid: { left: 8, right: 16, top: spec.series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
    xAxis: spec.horizontal ? value : category,
    yAxis: spec.horizontal ? { ...category, inverse: true } : value,
    series: spec.series.map((s) => ({
      name: s.name,
      type: 'bar',
      stack: spec.stacked ? 'total' : undefined,
      data: s.values,
      barMaxWidth: 36,
      emphasis: { focus: 'series' },
    })),
  };
}
