import { overdueVisits, targetProgress, yearEvents, type OverdueVisit } from '../api/work';
import { PALETTE } from '../charts/contract';
import { renderChart } from '../charts/render';
import { card } from '../components/card';
import { h } from '../components/dom';
import { withStates } from '../components/states';
import { dataTable } from '../components/table';
import { formatDate, formatNumber } from '../i18n/format';
import { locale, named, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { navigate } from '../router';
import { todayInShanghai } from '../reports/halfYear';
import { eventRows, monthlyProgress, type EventRow } from './progress';

function yearPicker(year: number, thisYear: number, params: Record<string, string>): HTMLElement {
  const years = [thisYear, thisYear - 1, thisYear - 2];
  return h('label', { class: 'inline muted' }, t('events.year'), ' ',
    h('select', { 'data-testid': 'events-year', onchange: (e: Event) => navigate('events', { ...params, year: (e.target as HTMLSelectElement).value }) },
      ...years.map((y) => h('option', { value: String(y), selected: y === year }, String(y)))));
}

function eventTable(rows: EventRow[]): HTMLElement {
  return dataTable<EventRow>(t('events.list'), [
    { label: t('events.date'), value: (r) => r.date, render: (r) => formatDate(r.date) },
    { label: t('events.kind'), value: (r) => t(`events.kind.${r.kind}` as MessageKey) },
    { label: t('events.name'), value: (r) => r.title },
    { label: t('events.host'), value: (r) => r.host || '—' },
    { label: t('events.firms'), value: (r) => r.firms, render: (r) => formatNumber(r.firms), numeric: true },
    { label: t('events.people'), value: (r) => r.people, render: (r) => formatNumber(r.people), numeric: true },
  ], rows);
}

function overdueTable(data: { totalCount: number; rows: OverdueVisit[] }): HTMLElement {
  return h('div', {}, h('p', { class: 'muted small', 'data-testid': 'overdue-total' }, t('overdue.total', { n: formatNumber(data.totalCount) })),
    dataTable<OverdueVisit>(t('overdue.title'), [
      { label: t('field.name'), value: (o) => o.enterprise.name, render: (o) => h('a', { href: `?view=enterprise&uscc=${o.enterprise.uscc}`,
        onclick: (e: Event) => { e.preventDefault(); navigate('enterprise', { uscc: o.enterprise.uscc }); } }, o.enterprise.name) },
      { label: t('field.district'), value: (o) => named(o.enterprise.district) },
      { label: t('overdue.officers'), value: (o) => o.officers.map((x) => x.name ?? x.id).join('、') },
      { label: t('overdue.lastVisit'), value: (o) => o.lastVisit ?? t('overdue.never'), render: (o) => (o.lastVisit ? formatDate(o.lastVisit) : t('overdue.never')) },
    ], data.rows));
}

function monthName(year: number, month: number): string {
  return new Intl.DateTimeFormat(locale(), { month: 'short', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

/** ?view=events&year=: the year's training progress against its targets by month, its events, and overdue visits. */
export function render(main: HTMLElement, params: Record<string, string>): void {
  const today = todayInShanghai();
  const thisYear = Number(today.slice(0, 4));
  const year = /^\d{4}$/.test(params.year ?? '') ? Number(params.year) : thisYear;
  const date = year < thisYear ? `${year}-12-31` : undefined;
  const lastMonth = year < thisYear ? 12 : Number(today.slice(5, 7));
  const chartArea = h('div', {});
  const listArea = h('div', {});
  const overdueArea = h('div', {});
  main.replaceChildren(
    h('div', { class: 'page-head' }, h('h1', {}, t('events.title')), yearPicker(year, thisYear, params)),
    h('p', { class: 'intro' }, t('events.intro')),
    h('div', { class: 'grid' },
      card(t('events.chart'), chartArea, { id: 'training-progress', wide: true }),
      card(t('events.list'), listArea, { id: 'events', wide: true }),
      card(t('overdue.title'), overdueArea, { id: 'overdue', wide: true })));
  const events = yearEvents(year).then(eventRows);
  void withStates(chartArea, () => Promise.all([events, targetProgress(date)]), ([rows, targets]) => {
    const goal = (k: string) => targets.find((p) => p.target === k)?.goal ?? 0;
    const m = monthlyProgress(rows, year, { sessions: goal('TRAINING_SESSIONS'), trainees: goal('TRAINEES') }, lastMonth);
    const el = h('div', { class: 'chart', 'data-testid': 'training-chart' });
    queueMicrotask(() => renderChart(el, { kind: 'line', categories: m.months.map((n) => monthName(year, n)), series: [
      { name: t('events.sessions'), values: m.sessions, color: PALETTE[0] },
      { name: t('events.sessionsTarget'), values: m.sessionsTarget, dashed: true, color: PALETTE[0] },
      { name: t('events.trainees'), values: m.trainees, rightAxis: true, color: PALETTE[2] },
      { name: t('events.traineesTarget'), values: m.traineesTarget, dashed: true, rightAxis: true, color: PALETTE[2] },
    ] }));
    return el;
  });
  void withStates(listArea, () => events, eventTable);
  void withStates(overdueArea, () => overdueVisits(100, date), overdueTable);
}
