import { overview, ranking, type OverviewData } from '../api/queries';
import type { CountGroup, RankedEnterprise } from '../api/types';
import { loadShanghai, renderChart } from '../charts/render';
import { card } from '../components/card';
import { h } from '../components/dom';
import { withStates } from '../components/states';
import { dataTable } from '../components/table';
import { formatNumber } from '../i18n/format';
import { enumLabel, named, t } from '../i18n/i18n';
import { navigate } from '../router';
import { districtMap, PATENT_TYPES, SRDI_LEVELS, stackedBars } from './chartSpecs';
import { ipcPanel } from './ipcPanel';
import { kpiTiles } from './kpiTiles';
import { targetPanel } from './targetPanel';

function chart(testId: string): HTMLElement {
  return h('div', { class: 'chart', 'data-testid': testId });
}

function content(data: OverviewData, params: Record<string, string>): HTMLElement {
  const map = chart('district-map');
  const industries = chart('industry-bars');
  const years = chart('year-bars');
  const rankingArea = h('div', {});
  void loadShanghai().then(() => renderChart(map, districtMap(data.districts, t('kpi.enterprises'))));
  queueMicrotask(() => {
    renderChart(industries, stackedBars(data.industries.filter((g) => g.count > 0), SRDI_LEVELS, 'srdi', { horizontal: true }));
    renderChart(years, stackedBars(data.filingYears, PATENT_TYPES, 'type', { label: (g) => g.key }));
  });
  void withStates(rankingArea, () => ranking('GRANTED_INVENTION_COUNT', 10), (rows) => rankingTable(rows));
  return h('div', { class: 'grid' },
    card(t('targets.title'), targetPanel(targetDate(params)), { id: 'targets' }),
    card(t('overview.kpis'), kpiTiles(data.kpis), { id: 'kpis' }),
    card(t('overview.map'), map, { id: 'map' }),
    card(t('overview.industries'), industries, { id: 'industries' }),
    card(t('overview.patentsByYear'), years, { id: 'years' }),
    card(t('overview.ipc'), ipcPanel(data.ipc, params.ipc), { id: 'ipc' }),
    card(t('overview.ranking'), rankingArea, { id: 'ranking' }),
    card(t('overview.districtTable'), districtTable(data.districts), { id: 'district-table' }));
}

function rankingTable(rows: RankedEnterprise[]): HTMLElement {
  return dataTable<RankedEnterprise>(t('overview.ranking'), [
    { label: t('field.rank'), value: (r) => r.rank, numeric: true },
    { label: t('field.name'), value: (r) => r.enterprise.name, render: (r) => h('a', {
      href: `?view=enterprise&uscc=${r.enterprise.uscc}`,
      onclick: (e: Event) => { e.preventDefault(); navigate('enterprise', { uscc: r.enterprise.uscc }); },
    }, r.enterprise.name) },
    { label: t('field.district'), value: (r) => named(r.enterprise.district) },
    { label: t('field.srdiLevel'), value: (r) => enumLabel('srdi', r.enterprise.srdiLevel) },
    { label: t('kpi.grantedInventions'), value: (r) => r.value, render: (r) => formatNumber(r.value), numeric: true },
  ], rows);
}

function districtTable(groups: CountGroup[]): HTMLElement {
  const level = (g: CountGroup, k: string) => g.breakdown.find((b) => b.key === k)?.count ?? 0;
  return dataTable<CountGroup>(t('overview.districtTable'), [
    { label: t('field.district'), value: (g) => named(g) },
    { label: t('field.count'), value: (g) => g.count, render: (g) => formatNumber(g.count), numeric: true },
    ...SRDI_LEVELS.map((k) => ({ label: enumLabel('srdi', k), value: (g: CountGroup) => level(g, k),
      render: (g: CountGroup) => formatNumber(level(g, k)), numeric: true })),
  ], groups);
}

/** The day targets are measured on: the end of a past year chosen with ?year=, else today. */
function targetDate(params: Record<string, string>): string | undefined {
  const year = Number(params.year);
  return /^\d{4}$/.test(params.year ?? '') && year < new Date().getFullYear() ? `${year}-12-31` : undefined;
}

/** The year whose events, trainees and visits count: ?year=, else the API's latest year with operations. */
function yearPicker(shown: number, params: Record<string, string>): HTMLElement {
  const now = new Date().getFullYear();
  const years = [...new Set([now, now - 1, now - 2, now - 3, shown])].sort((a, b) => b - a);
  return h('label', { class: 'inline muted' }, t('overview.yearPick'), ' ',
    h('select', { 'data-testid': 'year', onchange: (e: Event) => navigate('overview', { ...params, year: (e.target as HTMLSelectElement).value }) },
      ...years.map((y) => h('option', { value: String(y), selected: y === shown }, t('overview.year', { year: String(y) })))));
}

export function render(main: HTMLElement, params: Record<string, string>): void {
  const body = h('div', {});
  const head = h('div', { class: 'page-head' }, h('h1', {}, t('overview.title')));
  main.replaceChildren(head, body);
  const year = /^\d{4}$/.test(params.year ?? '') ? Number(params.year) : undefined;
  void withStates(body, () => overview(year), (data) => {
    head.append(yearPicker(data.kpis.year, params));
    return content(data, params);
  });
}
