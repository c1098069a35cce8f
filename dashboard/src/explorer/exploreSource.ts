import type { Subgraph } from '../api/matchTypes';
import type { SearchHit } from '../api/types';
import { neighbourhood, shortestPath } from '../api/matching';
import { NODE_TYPES, type GraphEdge, type GraphNode, type GraphSource, type Neighbourhood, type NodeType } from './graphModel';

/** The API's node labels -> the explorer's node type: the first label the explorer knows. */
export function nodeType(labels: string[]): NodeType {
  return (labels.find((l) => (NODE_TYPES as readonly string[]).includes(l)) as NodeType | undefined) ?? 'Applicant';
}

/** A Subgraph of the explore or matching API as the explorer's nodes and edges. */
export function fromSubgraph(g: Subgraph): Neighbourhood {
  const nodes: GraphNode[] = g.nodes.map((n) => ({
    id: n.id, type: nodeType(n.labels), key: n.id.slice(n.id.indexOf(':') + 1), label: n.caption ?? n.id,
    detail: n.properties.map((p) => `${p.name}: ${p.value}`).join(' · '),
  }));
  const ids = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = g.edges.filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ id: `${e.source}-${e.type}->${e.target}`, source: e.source, target: e.target, label: e.type }));
  return { nodes, edges };
}

/** Limits a neighbourhood answer: enough to see the structure, few enough to stay readable. */
export const EXPAND_LIMIT = 60;

export const exploreSource: GraphSource = {
  async expand(from, filter = {}) {
    const g = await neighbourhood(from.id, { depth: filter.depth ?? 1, labels: filter.labels?.length ? filter.labels : undefined,
      relationshipTypes: filter.relationshipTypes?.length ? filter.relationshipTypes : undefined, limit: EXPAND_LIMIT });
    return { ...fromSubgraph(g), capped: g.capped };
  },
  async path(from, to) {
    return fromSubgraph(await shortestPath(from.id, to.id, 6));
  },
};

/** A search hit as a graph node id: organisations carry their label (Institution, University, Funder…). */
export function hitNode(hit: SearchHit): GraphNode {
  const type: NodeType = hit.kind === 'ENTERPRISE' ? 'Enterprise' : hit.kind === 'PATENT' ? 'Patent' : hit.kind === 'IPC_CLASS' ? 'IpcClass'
    : ((hit.labels.find((l) => (NODE_TYPES as readonly string[]).includes(l)) as NodeType | undefined) ?? 'Institution');
  return { id: `${type}:${hit.key}`, type, key: hit.key, label: hit.label };
}

