import { graphql } from '../api/client';
import type { CountGroup } from '../api/types';
import { card } from '../components/card';
import { h } from '../components/dom';
import { withStates } from '../components/states';
import { dataTable, type Column } from '../components/table';
import { formatNumber } from '../i18n/format';
import { enumLabel, named, t } from '../i18n/i18n';
import { SRDI_LEVELS, PATENT_TYPES } from '../overview/chartSpecs';
import { halfYearPanel } from './halfYearPanel';

interface ReportData { districts: CountGroup[]; industries: CountGroup[]; types: CountGroup[]; grants: CountGroup[] }

const GROUP = 'key label labelEn count breakdown { key count }';

function columns(first: string, firstValue: (g: CountGroup) => string, keys: string[], prefix: 'srdi' | 'type' | 'status'): Column<CountGroup>[] {
  const part = (g: CountGroup, k: string) => g.breakdown.find((b) => b.key === k)?.count ?? 0;
  return [
    { label: first, value: firstValue },
    { label: t('field.value'), value: (g) => g.count, render: (g) => formatNumber(g.count), numeric: true },
    ...keys.map((k) => ({ label: enumLabel(prefix, k), value: (g: CountGroup) => part(g, k), render: (g: CountGroup) => formatNumber(part(g, k)), numeric: true })),
  ];
}

/** Ready-made tables from the statistics API, each exportable. */
export function render(main: HTMLElement, params: Record<string, string>): void {
  const body = h('div', {});
  main.replaceChildren(h('div', { class: 'page-head' }, h('h1', {}, t('reports.title'))),
    card(t('halfYear.title'), halfYearPanel(params), { id: 'half-year', wide: true }),
    h('p', { class: 'intro' }, t('reports.intro')), body);
  void withStates(body, () => graphql<ReportData>(`{
      districts: enterpriseStatistics(groupBy: DISTRICT) { ${GROUP} }
      industries: enterpriseStatistics(groupBy: INDUSTRY) { ${GROUP} }
      types: patentStatistics(groupBy: TYPE) { ${GROUP} }
      grants: patentStatistics(groupBy: GRANT_YEAR) { ${GROUP} } }`), (d) => h('div', { class: 'grid' },
    card(t('reports.districts'), dataTable(t('reports.districts'), columns(t('field.district'), named, SRDI_LEVELS, 'srdi'), d.districts)),
    card(t('reports.industries'), dataTable(t('reports.industries'), columns(t('field.industry'), named, SRDI_LEVELS, 'srdi'), d.industries)),
    card(t('reports.patentTypes'), dataTable(t('reports.patentTypes'), columns(t('field.type'), (g) => enumLabel('type', g.key),
      ['GRANTED', 'PENDING', 'LAPSED', 'INVALIDATED', 'EXPIRED'], 'status'), d.types)),
    card(t('reports.grantYears'), dataTable(t('reports.grantYears'), columns(t('field.grantDate'), (g) => g.key, PATENT_TYPES, 'type'), d.grants))));
}
