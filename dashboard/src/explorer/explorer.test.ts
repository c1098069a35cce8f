import { describe, expect, it } from 'vitest';

import { merge, parseNodeId } from './graphModel';
import { enterpriseNeighbours, patentNeighbours } from './nestedQuerySource';

describe('explorer adapter over the nested queries', () => {
  it('turns an enterprise answer into its district, industry, patents and institutions', () => {
    const n = enterpriseNeighbours({ enterprise: { uscc: 'U1', name: '甲', district: { adcode: '310115', name: '浦东新区' },
      industry: { code: 'IC', name: '集成电路' }, patents: [{ applicationNumber: 'P1', title: '光刻' }],
      servedBy: [{ institution: { name: '交大' } }] } });
    expect(n.nodes.map((x) => x.id)).toEqual(['Enterprise:U1', 'District:310115', 'Industry:IC', 'Patent:P1', 'Institution:交大']);
    expect(n.edges.find((e) => e.label === 'APPLIED_BY')).toMatchObject({ source: 'Patent:P1', target: 'Enterprise:U1' });
  });

  it('links a patent to its applicants, classes and citations in both directions', () => {
    const n = patentNeighbours({ patent: { applicationNumber: 'P2', title: '晶圆', ipcClasses: [{ code: 'H01L', titleZh: '半导体' }],
      applicants: [{ name: '甲', kind: 'ENTERPRISE', enterprise: { uscc: 'U1', name: '甲' } }, { name: '复旦大学', kind: 'UNIVERSITY', enterprise: null }],
      citations: [{ applicationNumber: 'P1', title: '光刻' }], citedBy: [{ applicationNumber: 'P3', title: '封装' }] } });
    expect(n.nodes.map((x) => x.id)).toContain('Applicant:复旦大学');
    expect(n.edges.map((e) => `${e.source}>${e.target}`)).toEqual(expect.arrayContaining(['Patent:P2>Patent:P1', 'Patent:P3>Patent:P2']));
  });

  it('merges without duplicates and reads node ids from the URL', () => {
    const a = { nodes: [{ id: 'Patent:1', type: 'Patent' as const, key: '1', label: 'x' }], edges: [] };
    expect(merge(a, a).nodes).toHaveLength(1);
    expect(parseNodeId('Enterprise:9131')).toMatchObject({ type: 'Enterprise', key: '9131' });
    expect(parseNodeId('Nope:1')).toBeNull();
    expect(parseNodeId(undefined)).toBeNull();
  });
});
