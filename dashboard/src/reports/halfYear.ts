import type { ReportFigure } from '../api/work';
import { formatNumber, formatPercent } from '../i18n/format';
import { t } from '../i18n/i18n';

/** Half years end on 30 June or 31 December; these helpers pick them and describe their figures. */
export function isHalfYearEnd(iso: string): boolean {
  return /^\d{4}-(06-30|12-31)$/.test(iso);
}

/** The last half year that has ended by {@code today} (an ISO date): on 30 June itself the first half is still running. */
export function latestEndedHalfYear(today: string): string {
  const year = Number(today.slice(0, 4));
  return today > `${year}-06-30` ? `${year}-06-30` : `${year - 1}-12-31`;
}

/** The {@code count} half years that ended by {@code today}, latest first. */
export function halfYearEnds(today: string, count = 6): string[] {
  const ends: string[] = [];
  let end = latestEndedHalfYear(today);
  for (let i = 0; i < count; i++) {
    ends.push(end);
    const year = Number(end.slice(0, 4));
    end = end.endsWith('12-31') ? `${year}-06-30` : `${year - 1}-12-31`;
  }
  return ends;
}

/** The choice from ?half=: kept when it is a half year's end, else the latest ended. */
export function chosenHalfYear(param: string | undefined, today: string): string {
  return param && isHalfYearEnd(param) ? param : latestEndedHalfYear(today);
}

/** "2026年上半年" / "H1 2026 (Jan–Jun)". */
export function halfYearName(end: string): string {
  const year = end.slice(0, 4);
  return t(end.endsWith('06-30') ? 'halfYear.h1' : 'halfYear.h2', { year });
}

/** A figure's change against the previous half year: "+3", "−2", "0", or "—" when the graph does not date it. */
export function formatChange(f: Pick<ReportFigure, 'change'>): string {
  if (f.change == null) return '—';
  if (f.change === 0) return '0';
  return `${f.change > 0 ? '+' : '−'}${formatNumber(Math.abs(f.change))}`;
}

export function formatChangeRate(f: Pick<ReportFigure, 'changeRate'>): string {
  if (f.changeRate == null) return '—';
  return `${f.changeRate > 0 ? '+' : f.changeRate < 0 ? '−' : ''}${formatPercent(Math.abs(f.changeRate))}`;
}

/** Today in Shanghai (UTC+8) as an ISO date, as the API counts days. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** A path the API gives (e.g. /reports/half-year/2026-06-30.xlsx) as an address beside its GraphQL endpoint. */
export function apiAddress(path: string, endpoint: string): string {
  return new URL(path.replace(/^\/+/, ''), endpoint).href;
}
