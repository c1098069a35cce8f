import { targetProgress, type TargetProgress } from '../api/work';
import { h } from '../components/dom';
import { withStates } from '../components/states';
import { formatDate, formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';
import { barShare, progressText, status, statusLabel, targetName } from './targetProgress';

function tile(p: TargetProgress): HTMLElement {
  const share = barShare(p);
  const name = targetName(p);
  return h('div', { class: `target ${status(p)}`, 'data-target': p.target, title: p.label },
    h('div', { class: 'target-head' }, h('span', {}, name),
      h('span', { class: 'target-value', 'data-actual': p.actual }, formatNumber(p.actual))),
    h('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100,
      'aria-valuenow': Math.round(share * 100), 'aria-label': name },
    h('span', { style: `width:${(share * 100).toFixed(0)}%` })),
    h('div', { class: 'target-foot' }, `${t('targets.goal')} ${progressText(p)} · `,
      h('strong', { 'data-status': status(p) }, statusLabel(p)),
      p.met ? '' : ` · ${t('targets.expected')} ${formatNumber(p.expected)}`));
}

/** The year's targets from targetProgress: goal, actual, share and whether it is on track, as of {@code date} (default today). */
export function targetPanel(date?: string): HTMLElement {
  const box = h('div', {});
  void withStates(box, () => targetProgress(date), (list) => h('div', {},
    h('p', { class: 'muted small' }, t('targets.asOf', { date: formatDate(list[0]?.to) })),
    h('div', { class: 'targets' }, ...list.map(tile))));
  return box;
}
