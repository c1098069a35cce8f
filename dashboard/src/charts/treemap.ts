import type { NumberFormat, TreemapSpec } from './contract';
import { PALETTE } from './contract';

export function treemapOption(spec: TreemapSpec, format: NumberFormat): Record<string, unknown> {
  return {
    color: PALETTE,
    tooltip: { formatter: (p: { name: string; value: number }) => `${p.name}<br/><b>${format(p.value)}</b>` },
    series: [{
      name: spec.seriesName,
      type: 'treemap',
      roam: false,
      nodeClick: false,
      breadcrumb: { show: false },
      width: '100%',
      height: '100%',
      label: { show: true, formatter: (p: { name: string; value: number }) => `${p.name}\n${format(p.value)}`, overflow: 'truncate' },
      levels: [{ colorSaturation: [0.35, 0.6], itemStyle: { borderColor: '#fff', borderWidth: 2, gapWidth: 2 } }],
      data: spec.nodes.map((n, i) => ({ name: n.label, value: n.value, key: n.key, itemStyle: { color: PALETTE[i % PALETTE.length] } })),
    }],
  };
}
