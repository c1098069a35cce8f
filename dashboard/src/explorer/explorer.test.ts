import { describe, expect, it } from 'vitest';

import { merge, parseNodeId } from './graphModel';
import { fromSubgraph, hitNode, nodeType } from './exploreSource';
import { FORCE_LAYOUT_MAX, layoutFor } from './graphView';

describe('explorer adapter over the explore API', () => {
  it('turns a Subgraph into typed nodes with captions and edges with ids', () => {
    const n = fromSubgraph({ capped: false,
      nodes: [{ id: 'Enterprise:U1', labels: ['Enterprise'], caption: '甲', properties: [{ name: 'srdiLevel', value: 'LITTLE_GIANT' }] },
        { id: 'IpcClass:H01L', labels: ['IpcClass'], caption: null, properties: [] }],
      edges: [{ type: 'HAS_PATENTS_IN', source: 'Enterprise:U1', target: 'IpcClass:H01L' },
        { type: 'CITES', source: 'Enterprise:U1', target: 'Patent:missing' }] });
    expect(n.nodes).toEqual([
      { id: 'Enterprise:U1', type: 'Enterprise', key: 'U1', label: '甲', detail: 'srdiLevel: LITTLE_GIANT' },
      { id: 'IpcClass:H01L', type: 'IpcClass', key: 'H01L', label: 'IpcClass:H01L', detail: '' }]);
    expect(n.edges).toEqual([{ id: 'Enterprise:U1-HAS_PATENTS_IN->IpcClass:H01L', source: 'Enterprise:U1', target: 'IpcClass:H01L', label: 'HAS_PATENTS_IN' }]);
  });

  it('types a node by the first label it knows and names search hits as node ids', () => {
    expect(nodeType(['Organisation', 'University'])).toBe('University');
    expect(nodeType(['Something'])).toBe('Applicant');
    expect(hitNode({ kind: 'ORGANISATION', key: '复旦大学', label: '复旦大学', labels: ['University'], score: 1 }).id).toBe('University:复旦大学');
    expect(hitNode({ kind: 'IPC_CLASS', key: 'H01L', label: 'H01L', labels: [], score: 1 }).id).toBe('IpcClass:H01L');
    expect(hitNode({ kind: 'PATENT', key: 'CN1', label: 'x', labels: [], score: 1 }).type).toBe('Patent');
  });

  it('lays out small graphs by force and large ones in rings', () => {
    expect(layoutFor(20).name).toBe('cose');
    expect(layoutFor(FORCE_LAYOUT_MAX + 1).name).toBe('concentric');
  });

  it('merges without duplicates and reads node ids from the URL', () => {
    const a = { nodes: [{ id: 'Patent:1', type: 'Patent' as const, key: '1', label: 'x' }], edges: [] };
    expect(merge(a, a).nodes).toHaveLength(1);
    expect(parseNodeId('Enterprise:9131')).toMatchObject({ type: 'Enterprise', key: '9131' });
    expect(parseNodeId('Funder:上海银行')).toMatchObject({ type: 'Funder', key: '上海银行' });
    expect(parseNodeId('Nope:1')).toBeNull();
    expect(parseNodeId(undefined)).toBeNull();
  });
});
