import { describe, expect, it } from 'vitest';

import { formatDate, formatNumber, formatWanYuan } from './format';
import { en, zh } from './messages';
import { t } from './i18n';

describe('languages', () => {
  it('has every label in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of Object.entries(en)) expect(text, key).not.toBe('');
  });

  it('fills placeholders', () => {
    expect(t('overview.year', { year: 2025 }, 'zh')).toBe('2025 年度');
    expect(t('explorer.nodes', { n: 3, m: 2 }, 'en')).toBe('3 nodes, 2 relationships');
  });

  it('formats numbers, dates and amounts for the language', () => {
    expect(formatNumber(12345, 'zh')).toBe('12,345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatNumber(null, 'en')).toBe('—');
    expect(formatDate('2024-01-05', 'zh')).toBe('2024年1月5日');
    expect(formatDate('2024-01-05', 'en')).toBe('5 Jan 2024');
    expect(formatWanYuan(1500, 'zh')).toBe('1,500 万元');
    expect(formatWanYuan(1500, 'en')).toBe('CNY 15 m');
  });
});
