import type { TargetProgress } from '../api/work';
import { formatNumber, formatPercent } from '../i18n/format';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

/** Where a target stands, in words: met, on track (at least the pro-rata figure) or behind. */
export function status(p: Pick<TargetProgress, 'met' | 'onTrack'>): 'met' | 'onTrack' | 'behind' {
  return p.met ? 'met' : p.onTrack ? 'onTrack' : 'behind';
}

export function statusLabel(p: Pick<TargetProgress, 'met' | 'onTrack'>): string {
  return t(`targets.${status(p)}` as MessageKey);
}

/** The bar's width, 0..1. */
export function barShare(p: Pick<TargetProgress, 'share'>): number {
  return Number.isFinite(p.share) ? Math.max(0, Math.min(1, p.share)) : 0;
}

/** "8 / 12 · 67%": actual against the goal and the share reached. */
export function progressText(p: Pick<TargetProgress, 'actual' | 'goal' | 'share'>): string {
  return `${formatNumber(p.actual)} / ${formatNumber(p.goal)} · ${formatPercent(p.share)}`;
}

export function targetName(p: Pick<TargetProgress, 'target' | 'label'>): string {
  const key = `targets.${p.target}` as MessageKey;
  return t(key) === key ? p.label : t(key);
}
