import type { NumberFormat, PieSpec } from './contract';
import { PALETTE } from './contract';

export function pieOption(spec: PieSpec, format: NumberFormat): Record<string, unknown> {
  return {
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number; percent: number }) =>
      `${p.name}: <b>${format(p.value)}</b> (${p.percent}%)` },
    legend: { bottom: 0, type: 'scroll' },
    series: [{
      name: spec.seriesName,
      type: 'pie',
      radius: ['42%', '70%'],
      center: ['50%', '45%'],
      label: { formatter: (p: { name: string; value: number }) => `${p.name}\n${format(p.value)}` },
      data: spec.slices.map((s) => ({ name: s.label, value: s.value })),
    }],
  };
}
