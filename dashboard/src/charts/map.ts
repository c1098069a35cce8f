import type { MapSpec, NumberFormat } from './contract';

export const SHANGHAI = 'shanghai';

export function mapOption(spec: MapSpec, format: NumberFormat): Record<string, unknown> {
  const max = Math.max(1, ...spec.regions.map((r) => r.value));
  const labels = Object.fromEntries(spec.regions.map((r) => [r.geoName, r.label]));
  return {
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) =>
      `${labels[p.name] ?? p.name}<br/>${spec.seriesName}: <b>${format(Number.isFinite(p.value) ? p.value : 0)}</b>` },
    visualMap: { min: 0, max, left: 8, bottom: 8, calculable: true, itemHeight: 100,
      inRange: { color: ['#e8f0fa', '#8fb4e0', '#1f5fa8', '#0b2f5c'] }, formatter: (v: number) => format(v) },
    series: [{
      name: spec.seriesName,
      type: 'map',
      map: SHANGHAI,
      roam: true,
      layoutCenter: ['50%', '50%'],
      layoutSize: '95%',
      nameMap: labels,
      label: { show: true, fontSize: 9, color: '#243447' },
      labelLayout: { hideOverlap: true },
      emphasis: { label: { show: true, fontWeight: 'bold' }, itemStyle: { areaColor: '#f2c14e' } },
      data: spec.regions.map((r) => ({ name: r.label, value: r.value })),
    }],
  };
}
