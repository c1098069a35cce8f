import type { Need, Portfolio } from '../api/matchTypes';
import { h } from '../components/dom';
import { empty } from '../components/states';
import { dataTable } from '../components/table';
import { formatNumber } from '../i18n/format';
import { enumLabel, t } from '../i18n/i18n';

/** The needs the graph reveals, each with its evidence. */
export function needsList(needs: Need[]): HTMLElement {
  if (needs.length === 0) return empty(t('needs.none'));
  return h('ul', { class: 'needs', 'data-testid': 'needs' }, ...needs.map((n) => h('li', { 'data-need': n.kind },
    h('strong', {}, enumLabel('need', n.kind)), h('span', { class: 'muted' }, n.evidence))));
}

const percent = (x: number) => `${Math.round(x * 100)}`;

/** Portfolio value: figures, high-value patents, chokepoint fields and gaps. */
export function valuePanel(p: Portfolio): HTMLElement {
  const figure = (label: string, value: string) => h('div', { class: 'figure' }, h('span', { class: 'figure-value' }, value), h('span', { class: 'muted' }, label));
  return h('div', { class: 'value-panel', 'data-testid': 'portfolio-value' },
    h('div', { class: 'figures' },
      figure(t('value.mean'), percent(p.meanValue)),
      figure(t('value.granted'), formatNumber(p.grantedInventionCount)),
      figure(t('value.lapsed'), formatNumber(p.lapsedCount)),
      figure(t('value.high'), formatNumber(p.highValuePatents.length))),
    h('dl', { class: 'facts' },
      h('dt', {}, t('value.chokepoints')),
      h('dd', {}, p.chokepointFields.map((c) => `${c.code} (${formatNumber(c.patentCount)})`).join('、') || t('value.none')),
      h('dt', {}, t('value.gaps')),
      h('dd', {}, p.gaps.slice(0, 12).join('、') || t('value.none'))),
    dataTable(t('value.high'), [
      { label: t('field.applicationNumber'), value: (v: Portfolio['highValuePatents'][number]) => v.applicationNumber },
      { label: t('field.title'), value: (v) => v.title },
      { label: t('match.score'), value: (v) => Number(v.score.toFixed(3)), render: (v) => percent(v.score), numeric: true },
      { label: t('value.remaining'), value: (v) => Number(v.remainingYears.toFixed(1)), numeric: true },
    ], p.highValuePatents));
}
