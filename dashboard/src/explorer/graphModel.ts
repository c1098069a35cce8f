/** The explorer's view of the graph, independent of where the data comes from. */
export const NODE_TYPES = ['Enterprise', 'Patent', 'IpcClass', 'District', 'Industry', 'Institution', 'University', 'Applicant',
  'Funder', 'FinancingDeal', 'Trademark', 'Expert', 'Officer', 'Visit', 'Event', 'ServiceCase', 'BestCase', 'Notice', 'KeyList', 'Topic'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface GraphNode {
  id: string;
  type: NodeType;
  key: string;
  label: string;
  /** Key properties as text, shown when the node is selected. */
  detail?: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
}

export interface Neighbourhood {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Which neighbours to follow: node labels and relationship types (none: all), and how far. */
export interface ExpandFilter {
  labels?: NodeType[];
  relationshipTypes?: string[];
  depth?: number;
}

/** Where the explorer gets the graph from (the explore API, see exploreSource.ts). */
export interface GraphSource {
  expand(node: GraphNode, filter?: ExpandFilter): Promise<Neighbourhood & { capped: boolean }>;
  path(from: GraphNode, to: GraphNode): Promise<Neighbourhood>;
}

export function nodeId(type: NodeType, key: string): string {
  return `${type}:${key}`;
}

export function node(type: NodeType, key: string, label: string): GraphNode {
  return { id: nodeId(type, key), type, key, label };
}

export function edge(source: GraphNode, target: GraphNode, label: string): GraphEdge {
  return { id: `${source.id}-${label}->${target.id}`, source: source.id, target: target.id, label };
}

/** "Enterprise:9131…" -> the node it names, or null when the text is not a node id. */
export function parseNodeId(id: string | undefined): GraphNode | null {
  if (!id) return null;
  const at = id.indexOf(':');
  const type = id.slice(0, at) as NodeType;
  if (at < 1 || !(NODE_TYPES as readonly string[]).includes(type)) return null;
  const key = id.slice(at + 1);
  return node(type, key, key);
}

/** Adds what is new in {@code more} to {@code into}, by id. */
export function merge(into: Neighbourhood, more: Neighbourhood): Neighbourhood {
  const nodes = new Map(into.nodes.map((n) => [n.id, n]));
  more.nodes.forEach((n) => { if (!nodes.has(n.id)) nodes.set(n.id, n); });
  const edges = new Map(into.edges.map((e) => [e.id, e]));
  more.edges.forEach((e) => edges.set(e.id, e));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
