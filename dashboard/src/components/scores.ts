import type { Factor } from '../api/matchTypes';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { h } from './dom';

/** A score in [0, 1] as a percentage with a bar. */
export function scoreBar(score: number): HTMLElement {
  const pct = Math.round(Math.max(0, Math.min(1, score)) * 100);
  return h('span', { class: 'score', 'data-score': score.toFixed(3), title: t('match.score') },
    h('span', { class: 'score-track', 'aria-hidden': 'true' }, h('span', { class: 'score-fill', style: `width:${pct}%` })),
    h('span', { class: 'score-value' }, `${pct}`));
}

/** A factor's name in the current language (the API's names are English words). */
export function factorName(name: string): string {
  const key = `factor.${name}` as MessageKey;
  const label = t(key);
  return label === key ? name : label;
}

/** The factors in words: "技术匹配 45% · 同区 10%". */
export function factorsText(factors: Factor[]): string {
  return factors.filter((f) => f.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution)
    .map((f) => `${factorName(f.name)} ${formatNumber(Math.round(f.contribution * 100))}%`).join(' · ') || '—';
}

/** The factors with their evidence, for a row's detail. */
export function factorList(factors: Factor[]): HTMLElement {
  return h('ul', { class: 'factors' }, ...factors.map((f) => h('li', {},
    h('strong', {}, factorName(f.name)), ` ${Math.round(f.value * 100)}% × ${formatNumber(f.weight)}`,
    f.detail ? h('span', { class: 'muted' }, ` — ${f.detail}`) : null)));
}
