/** Client-side export of a table to CSV (UTF-8 with BOM, so Excel reads Chinese) and XLSX. */
export type Cell = string | number | boolean | null | undefined;

export interface TableData {
  columns: string[];
  rows: Cell[][];
}

export function csvField(value: Cell): string {
  if (value == null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: TableData): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^_+|_+$/g, '') || 'export';
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportCsv(table: TableData, name: string): void {
  download(new Blob(['\uFEFF', toCsv(table)], { type: 'text/csv;charset=utf-8' }), `${safeFileName(name)}.csv`);
}

/** Loads the XLSX writer only when asked for, so it is not part of the first page load. */
export async function exportXlsx(table: TableData, name: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = table.columns.map((c) => ({ value: c, fontWeight: 'bold' as const }));
  const body = table.rows.map((row) => row.map((v) => (v == null ? null : { value: v })));
  const blob = await writeXlsxFile([header, ...body] as never, { sheet: safeFileName(name).slice(0, 31) }).toBlob();
  download(blob, `${safeFileName(name)}.xlsx`);
}
