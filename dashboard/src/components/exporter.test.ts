import { describe, expect, it } from 'vitest';

import { csvField, safeFileName, toCsv } from './exporter';

describe('CSV export', () => {
  it('quotes fields with commas, quotes, line breaks or edge spaces and leaves others alone', () => {
    expect(csvField('浦东新区')).toBe('浦东新区');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(null)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
  });

  it('writes a header row and CRLF-terminated rows', () => {
    expect(toCsv({ columns: ['区', '企业数'], rows: [['浦东新区', 3], ['徐汇区', 0]] }))
      .toBe('区,企业数\r\n浦东新区,3\r\n徐汇区,0\r\n');
  });

  it('makes file names safe on every system', () => {
    expect(safeFileName('企业排行：有效/发明 专利')).toBe('企业排行：有效_发明_专利');
    expect(safeFileName('  ')).toBe('export');
  });
});
