import { describe, expect, it } from 'vitest';
import { fileNameOf } from './download';

describe('fileNameOf', () => {
  it('takes the last part of the path, decoded', () => {
    expect(fileNameOf('http://api.example:8080/reports/half-year/2026-06-30.xlsx')).toBe('2026-06-30.xlsx');
    expect(fileNameOf('http://api.example/exports/topics/%E8%8A%AF%E7%89%87.csv?x=1')).toBe('芯片.csv');
  });
  it('names a file even when the path ends in a slash', () => {
    expect(fileNameOf('http://api.example/exports/')).toBe('download');
  });
});
