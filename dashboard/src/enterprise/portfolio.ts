import type { CountGroup } from '../api/types';
import type { BarSpec, PieSpec } from '../charts/contract';
import { enumLabel, named, t } from '../i18n/i18n';

/** Patents by type, each slice split by legal status in its label: "发明 · 有效". */
export function portfolioPie(types: CountGroup[]): PieSpec {
  return {
    kind: 'pie',
    seriesName: t('enterprise.portfolio'),
    slices: types.flatMap((g) => g.breakdown.map((b) => ({
      label: `${enumLabel('type', g.key)} · ${enumLabel('status', b.key)}`, value: b.count }))),
  };
}

export function subclassBars(mix: CountGroup[]): BarSpec {
  const top = mix.slice(0, 10);
  return {
    kind: 'bar',
    horizontal: true,
    categories: top.map((g) => `${g.key} ${named(g)}`.slice(0, 28)),
    series: [{ name: t('kpi.patents'), values: top.map((g) => g.count) }],
  };
}
