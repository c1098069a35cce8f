import { afterEach, describe, expect, it } from 'vitest';

import { setLang } from '../i18n/i18n';
import { apiAddress, chosenHalfYear, formatChange, formatChangeRate, halfYearEnds, halfYearName, isHalfYearEnd, latestEndedHalfYear, todayInShanghai } from './halfYear';

describe('half-year choice', () => {
  afterEach(() => setLang('zh'));

  it('defaults to the latest half year that has ended: 30 June is still inside the first half', () => {
    expect(latestEndedHalfYear('2026-11-25')).toBe('2026-06-30');
    expect(latestEndedHalfYear('2026-07-01')).toBe('2026-06-30');
    expect(latestEndedHalfYear('2026-06-30')).toBe('2025-12-31');
    expect(latestEndedHalfYear('2026-01-01')).toBe('2025-12-31');
    expect(latestEndedHalfYear('2026-12-31')).toBe('2026-06-30');
  });

  it('lists the ended half years latest first, alternating June and December', () => {
    expect(halfYearEnds('2026-11-25', 4)).toEqual(['2026-06-30', '2025-12-31', '2025-06-30', '2024-12-31']);
  });

  it('keeps ?half= only when it is a half year end', () => {
    expect(isHalfYearEnd('2025-12-31')).toBe(true);
    expect(isHalfYearEnd('2025-12-30')).toBe(false);
    expect(chosenHalfYear('2024-06-30', '2026-11-25')).toBe('2024-06-30');
    expect(chosenHalfYear('2024-05-31', '2026-11-25')).toBe('2026-06-30');
    expect(chosenHalfYear(undefined, '2026-11-25')).toBe('2026-06-30');
  });

  it('names half years in both languages', () => {
    expect(halfYearName('2026-06-30')).toBe('2026年上半年');
    setLang('en');
    expect(halfYearName('2025-12-31')).toBe('H2 2025 (Jul–Dec)');
  });

  it('counts the day in Shanghai, eight hours ahead of UTC', () => {
    expect(todayInShanghai(new Date('2026-06-30T16:30:00Z'))).toBe('2026-07-01');
    expect(todayInShanghai(new Date('2026-06-30T15:59:00Z'))).toBe('2026-06-30');
  });
});

describe('half-year figures', () => {
  it('shows the change with its sign, and a dash where the graph does not date the figure', () => {
    expect(formatChange({ change: 3 })).toBe('+3');
    expect(formatChange({ change: -2.5 })).toBe('−2.5');
    expect(formatChange({ change: 0 })).toBe('0');
    expect(formatChange({ change: null })).toBe('—');
    expect(formatChangeRate({ changeRate: 0.25 })).toBe('+25%');
    expect(formatChangeRate({ changeRate: -0.5 })).toBe('−50%');
    expect(formatChangeRate({ changeRate: null })).toBe('—');
  });

  it('resolves the download paths beside the GraphQL endpoint', () => {
    expect(apiAddress('/reports/half-year/2026-06-30.xlsx', 'http://localhost:8080/graphql'))
      .toBe('http://localhost:8080/reports/half-year/2026-06-30.xlsx');
    expect(apiAddress('/reports/half-year/2026-06-30.html', 'https://example.org/ipbridge/graphql'))
      .toBe('https://example.org/ipbridge/reports/half-year/2026-06-30.html');
  });
});
