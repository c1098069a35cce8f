import type { CountGroup } from '../api/types';
import type { BarSpec, MapSpec, TreemapSpec } from '../charts/contract';
import { enumLabel, named } from '../i18n/i18n';

export const SRDI_LEVELS = ['INNOVATIVE_SME', 'MUNICIPAL_SRDI', 'LITTLE_GIANT'];
export const PATENT_TYPES = ['INVENTION', 'UTILITY_MODEL', 'DESIGN'];

/** Turns grouped counts into chart specs; pure, so unit-tested. */
export function districtMap(groups: CountGroup[], seriesName: string): MapSpec {
  return {
    kind: 'map',
    seriesName,
    regions: groups.map((g) => ({ geoName: g.label ?? g.key, label: named(g), value: g.count })),
  };
}

/** A stacked bar: one bar per group, one series per breakdown key (in {@code keys} order). */
export function stackedBars(groups: CountGroup[], keys: string[], prefix: 'srdi' | 'type', options: { horizontal?: boolean; label?: (g: CountGroup) => string } = {}): BarSpec {
  const present = keys.filter((k) => groups.some((g) => g.breakdown.some((b) => b.key === k)));
  return {
    kind: 'bar',
    stacked: true,
    horizontal: options.horizontal,
    categories: groups.map((g) => (options.label ? options.label(g) : named(g))),
    series: present.map((k) => ({
      name: enumLabel(prefix, k),
      values: groups.map((g) => g.breakdown.find((b) => b.key === k)?.count ?? 0),
    })),
  };
}

export function ipcTreemap(groups: CountGroup[], seriesName: string): TreemapSpec {
  return {
    kind: 'treemap',
    seriesName,
    nodes: groups.map((g) => ({ key: g.key, label: `${g.key} ${named(g)}`.trim(), value: g.count })),
  };
}

/** H01L -> [H, H01, H01L]: the drill-down path to a section, class or subclass. */
export function ancestry(code: string): string[] {
  const c = code.toUpperCase();
  return [c.slice(0, 1), c.slice(0, 3), c.slice(0, 4)].filter((p, i, all) => p.length > 0 && p.length <= c.length && all.indexOf(p) === i);
}
