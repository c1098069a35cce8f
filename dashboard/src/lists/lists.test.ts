import { describe, expect, it } from 'vitest';

import { topicExportUrl } from '../api/lists';
import { splitList, topicInput } from './topicForm';

describe('topic definitions from a form', () => {
  it('splits lists on Latin and Chinese separators and drops blanks', () => {
    expect(splitList('H01L, G03F，光刻、 晶圆；;')).toEqual(['H01L', 'G03F', '光刻', '晶圆']);
    expect(splitList('  ')).toEqual([]);
  });

  it('leaves empty parts out and normalises IPC codes', () => {
    expect(topicInput({ ipc: 'h01l, g03f 7/20', keywords: '', districts: '浦东新区' }))
      .toEqual({ ipcClasses: ['H01L', 'G03F7/20'], districts: ['浦东新区'] });
    expect(topicInput({ ipc: '', keywords: '', districts: '' })).toEqual({});
  });

  it('links a topic export beside the API, its name encoded', () => {
    expect(topicExportUrl('光刻 专题', 'xlsx', 'https://example.org/graphql'))
      .toBe('https://example.org/exports/topics/%E5%85%89%E5%88%BB%20%E4%B8%93%E9%A2%98.xlsx');
  });
});
