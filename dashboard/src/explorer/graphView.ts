import cytoscape from 'cytoscape';

import type { GraphNode, Neighbourhood, NodeType } from './graphModel';
import { STYLE } from './style';

/** Up to this many nodes the force-directed cose layout stays readable and fast; beyond it, rings by degree. */
export const FORCE_LAYOUT_MAX = 150;

export function layoutFor(nodeCount: number): cytoscape.LayoutOptions {
  if (nodeCount <= FORCE_LAYOUT_MAX) {
    return { name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false, nodeRepulsion: () => 9000,
      idealEdgeLength: () => 70, numIter: 600 } as cytoscape.LayoutOptions;
  }
  return { name: 'concentric', animate: false, minNodeSpacing: 6, avoidOverlap: true,
    concentric: (n: cytoscape.NodeSingular) => n.degree(false), levelWidth: () => 2 } as cytoscape.LayoutOptions;
}

/** The Cytoscape canvas of the explorer: adds answers without duplicates, lays out, hides types, marks paths. */
export class GraphView {
  readonly cy: cytoscape.Core;

  constructor(container: HTMLElement) {
    this.cy = cytoscape({ container, style: STYLE, wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 3 });
  }

  add(more: Neighbourhood, hidden: Set<NodeType>): cytoscape.CollectionReturnValue {
    let added = this.cy.collection();
    this.cy.batch(() => {
      more.nodes.forEach((x) => { if (this.cy.getElementById(x.id).empty()) added = added.union(this.cy.add({ group: 'nodes', data: { ...x } })); });
      more.edges.forEach((e) => { if (this.cy.getElementById(e.id).empty()) this.cy.add({ group: 'edges', data: { ...e } }); });
      this.filter(hidden);
    });
    return added;
  }

  /** Lays out everything; an explanation (a few paths) reads best as a tree from its first node. */
  layout(tree = false): void {
    const options = tree
      ? ({ name: 'breadthfirst', directed: false, spacingFactor: 1.1, avoidOverlap: true, animate: false } as cytoscape.LayoutOptions)
      : layoutFor(this.cy.nodes().length);
    this.cy.layout(options).run();
  }

  filter(hidden: Set<NodeType>): void {
    this.cy.nodes().forEach((n) => { n.style('display', hidden.has(n.data('type')) ? 'none' : 'element'); });
  }

  /** Marks the nodes and edges of a path (or explanation) answer. */
  mark(part: Neighbourhood): void {
    this.cy.elements().removeClass('path');
    part.nodes.forEach((n) => this.cy.getElementById(n.id).addClass('path'));
    part.edges.forEach((e) => this.cy.getElementById(e.id).addClass('path'));
  }

  selected(): GraphNode[] {
    return this.cy.nodes(':selected').map((n) => n.data() as GraphNode);
  }

  clear(): void {
    this.cy.elements().remove();
  }
}
