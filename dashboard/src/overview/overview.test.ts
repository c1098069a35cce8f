import { describe, expect, it } from 'vitest';

import type { CountGroup } from '../api/types';
import { ancestry, districtMap, ipcTreemap, SRDI_LEVELS, stackedBars } from './chartSpecs';

const group = (key: string, label: string, count: number, breakdown: [string, number][] = []): CountGroup =>
  ({ key, label, labelEn: null, count, breakdown: breakdown.map(([k, c]) => ({ key: k, count: c })) });

describe('overview charts', () => {
  it('maps districts by their Chinese name as the outlines carry it', () => {
    const spec = districtMap([group('310115', '浦东新区', 3)], '企业');
    expect(spec.regions).toEqual([{ geoName: '浦东新区', label: '浦东新区', value: 3 }]);
  });

  it('stacks one series per level present, in ladder order, with zeros where a group has none', () => {
    const spec = stackedBars([group('IC', '集成电路', 3, [['LITTLE_GIANT', 1], ['MUNICIPAL_SRDI', 2]]),
      group('BIO', '生物医药', 1, [['MUNICIPAL_SRDI', 1]])], SRDI_LEVELS, 'srdi');
    expect(spec.series.map((s) => s.values)).toEqual([[2, 1], [1, 0]]);
    expect(spec.categories).toEqual(['集成电路', '生物医药']);
  });

  it('labels IPC tiles with code and title and drills down by code', () => {
    expect(ipcTreemap([group('H', '电学', 5)], 'n').nodes).toEqual([{ key: 'H', label: 'H 电学', value: 5 }]);
    expect(ancestry('H01L')).toEqual(['H', 'H01', 'H01L']);
    expect(ancestry('h')).toEqual(['H']);
  });
});
