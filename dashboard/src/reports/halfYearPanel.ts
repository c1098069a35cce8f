import { graphqlEndpoint } from '../api/config';
import { signedLink } from '../api/download';
import { halfYearReport, type HalfYearReport, type ReportFigure, type ReportList } from '../api/work';
import { h } from '../components/dom';
import { withStates } from '../components/states';
import { dataTable } from '../components/table';
import { formatDate, formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';
import { navigate } from '../router';
import { apiAddress, chosenHalfYear, formatChange, formatChangeRate, halfYearEnds, halfYearName, todayInShanghai } from './halfYear';

function figureTable(title: string, figures: ReportFigure[]): HTMLElement {
  const trend = (f: ReportFigure) => (f.change == null || f.change === 0 ? '' : f.change > 0 ? 'figure-up' : 'figure-down');
  return dataTable<ReportFigure>(title, [
    { label: t('halfYear.figure'), value: (f) => f.label },
    { label: t('halfYear.unit'), value: (f) => f.unit },
    { label: t('halfYear.value'), value: (f) => f.value, render: (f) => h('span', { 'data-figure': f.key }, formatNumber(f.value)), numeric: true },
    { label: t('halfYear.previous'), value: (f) => f.previous, render: (f) => formatNumber(f.previous), numeric: true },
    { label: t('halfYear.change'), value: (f) => f.change, render: (f) => h('span', { class: trend(f) }, formatChange(f)), numeric: true },
    { label: t('halfYear.changeRate'), value: (f) => f.changeRate, render: (f) => formatChangeRate(f), numeric: true },
  ], figures);
}

function listTable(list: ReportList): HTMLElement {
  return h('details', { class: 'report-list', 'data-list': list.key },
    h('summary', {}, `${list.title} · ${t('halfYear.rows', { n: formatNumber(list.total) })}`),
    dataTable<string[]>(list.title, list.columns.map((c, i) => ({ label: c, value: (r: string[]) => r[i] ?? '' })), list.rows));
}

function report(r: HalfYearReport): HTMLElement {
  const endpoint = new URL(graphqlEndpoint(), window.location.href).href;
  return h('div', { 'data-testid': 'half-year-report' },
    h('div', { class: 'button-row wrap' },
      h('strong', {}, r.title),
      h('span', { class: 'muted' }, t('halfYear.compared', { from: formatDate(r.from), to: formatDate(r.halfYearEnd), previous: formatDate(r.previousEnd) })),
      signedLink(h('a', { class: 'button small', href: apiAddress(r.xlsxUrl, endpoint), download: '', 'data-report-link': 'xlsx' }, t('halfYear.xlsx'))),
      signedLink(h('a', { class: 'button small', href: apiAddress(r.htmlUrl, endpoint), target: '_blank', rel: 'noopener', 'data-report-link': 'html' }, t('halfYear.html')))),
    ...r.sections.map((s) => h('section', { class: 'report-section', 'data-section': s.key },
      h('h3', {}, s.title), figureTable(`${r.title} ${s.title}`, s.figures), ...s.lists.map(listTable))));
}

/** ?view=reports&half=yyyy-06-30|yyyy-12-31: a half year's report (default the latest ended), its figures and downloads. */
export function halfYearPanel(params: Record<string, string>): HTMLElement {
  const today = todayInShanghai();
  const end = chosenHalfYear(params.half, today);
  const ends = halfYearEnds(today, 6);
  if (!ends.includes(end)) ends.push(end);
  const body = h('div', {});
  void withStates(body, () => halfYearReport(end), report);
  return h('div', {},
    h('label', { class: 'inline' }, t('halfYear.pick'), ' ', h('select', { 'data-testid': 'half-year',
      onchange: (e: Event) => navigate('reports', { ...params, half: (e.target as HTMLSelectElement).value }) },
    ...ends.map((x) => h('option', { value: x, selected: x === end }, halfYearName(x))))),
    body);
}
