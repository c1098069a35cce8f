import type { ProgrammeKpis } from '../api/types';
import { h } from '../components/dom';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';

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
