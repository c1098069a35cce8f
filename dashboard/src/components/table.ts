import { t } from '../i18n/i18n';
import { h } from './dom';
import { exportCsv, exportXlsx, type Cell } from './exporter';
import { empty, errorMessage } from './states';

export interface Column<T> {
  label: string;
  value: (row: T) => Cell;
  /** What to show, when not the value itself (a link, a formatted number). */
  render?: (row: T) => Node | string;
  numeric?: boolean;
}

/** A table with CSV and XLSX export of exactly what it shows. */
export function dataTable<T>(title: string, columns: Column<T>[], rows: T[]): HTMLElement {
  const data = () => ({ columns: columns.map((c) => c.label), rows: rows.map((r) => columns.map((c) => c.value(r))) });
  const status = h('span', { class: 'export-status', role: 'status', 'aria-live': 'polite' });
  const xlsx = async () => {
    status.textContent = t('export.working');
    try {
      await exportXlsx(data(), title);
      status.textContent = '';
    } catch (e) {
      status.textContent = errorMessage(e);
    }
  };
  const tools = h('div', { class: 'table-tools' },
    h('button', { type: 'button', class: 'button small', 'data-export': 'csv', onclick: () => exportCsv(data(), title) }, t('export.csv')),
    h('button', { type: 'button', class: 'button small', 'data-export': 'xlsx', onclick: () => void xlsx() }, t('export.xlsx')),
    status);
  if (rows.length === 0) return h('div', { class: 'table-block' }, tools, empty());
  const head = h('tr', {}, ...columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : '' }, c.label)));
  const body = rows.map((r) => h('tr', {}, ...columns.map((c) => {
    const shown = c.render ? c.render(r) : String(c.value(r) ?? '—');
    return h('td', { class: c.numeric ? 'num' : '' }, shown);
  })));
  return h('div', { class: 'table-block' }, tools,
    h('div', { class: 'table-scroll' }, h('table', { class: 'data-table' }, h('caption', { class: 'sr-only' }, title),
      h('thead', {}, head), h('tbody', {}, ...body))));
}
