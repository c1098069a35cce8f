import type { ProgrammeKpis } from '../api/types';
import { h } from '../components/dom';
import { formatNumber, formatPercent } from '../i18n/format';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { met, progress, targets } from './targets';

function count(list: { key: string; count: number }[], key: string): number {
  return list.find((c) => c.key === key)?.count ?? 0;
}

function tile(label: MessageKey, value: number, id: string): HTMLElement {
  return h('div', { class: 'kpi', 'data-kpi': id },
    h('div', { class: 'kpi-value' }, formatNumber(value)),
    h('div', { class: 'kpi-label' }, t(label)));
}

/** The headline numbers as tiles. */
export function kpiTiles(k: ProgrammeKpis): HTMLElement {
  return h('div', { class: 'kpis' },
    tile('kpi.enterprises', k.enterprises, 'enterprises'),
    tile('kpi.littleGiants', count(k.enterprisesBySrdiLevel, 'LITTLE_GIANT'), 'littleGiants'),
    tile('kpi.municipal', count(k.enterprisesBySrdiLevel, 'MUNICIPAL_SRDI'), 'municipal'),
    tile('kpi.patents', k.patents, 'patents'),
    tile('kpi.grantedInventions', k.grantedInventions, 'grantedInventions'),
    tile('kpi.gbt29490', k.gbt29490Certified, 'gbt29490'),
    tile('kpi.institutions', k.institutions, 'institutions'),
    tile('kpi.funders', k.funders, 'funders'),
    tile('kpi.deals', k.deals, 'deals'));
}

/** The year's targets with progress bars; missing operations data shows as 0 against the target. */
export function targetPanel(k: ProgrammeKpis): HTMLElement {
  return h('div', { class: 'targets' }, ...targets(k).map((target) => {
    const done = met(target);
    const share = progress(target);
    const goal = target.goal == null ? '' : `${t('kpi.target')} ${target.rule === 'moreThan' ? '>' : '≥'} ${formatNumber(target.goal)}`;
    return h('div', { class: `target ${done ? 'met' : 'open'}`, 'data-target': target.label },
      h('div', { class: 'target-head' }, h('span', {}, t(target.label)),
        h('span', { class: 'target-value' }, formatNumber(target.value))),
      h('div', { class: 'bar', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100,
        'aria-valuenow': Math.round(share * 100), 'aria-label': t(target.label) },
        h('span', { style: `width:${(share * 100).toFixed(0)}%` })),
      h('div', { class: 'target-foot' }, goal,
        target.goal == null ? '' : ` · ${formatPercent(share)} · ${done ? t('kpi.targetMet') : t('kpi.targetOpen')}`));
  }));
}
