import { lang, locale, type Lang } from './i18n';

/** Numbers, dates and amounts formatted for the chosen language with Intl. */
export function formatNumber(value: number | null | undefined, l: Lang = lang()): string {
  if (value == null || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(locale(l), { maximumFractionDigits: 1 }).format(value);
}

export function formatPercent(value: number, l: Lang = lang()): string {
  return new Intl.NumberFormat(locale(l), { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** An ISO date (yyyy-MM-dd) as the language writes it; '—' when absent. */
export function formatDate(iso: string | null | undefined, l: Lang = lang()): string {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale(l), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An amount in 10,000 yuan (万元), as 万元 in Chinese and as yuan millions in English. */
export function formatWanYuan(wan: number, l: Lang = lang()): string {
  if (l === 'zh') return `${formatNumber(wan, l)} 万元`;
  return `CNY ${new Intl.NumberFormat(locale(l), { maximumFractionDigits: 1 }).format(wan / 100)} m`;
}
