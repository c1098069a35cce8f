import cytoscape from 'cytoscape';

import { card } from '../components/card';
import { h } from '../components/dom';
import { errorMessage } from '../components/states';
import { searchBox } from '../enterprise/searchBox';
import { enumLabel, t } from '../i18n/i18n';
import { updateParams } from '../router';
import { NODE_TYPES, parseNodeId, type GraphNode, type GraphSource, type NodeType } from './graphModel';
import { nestedQuerySource } from './nestedQuerySource';
import { STYLE } from './style';

// The one place to switch to the explore API (branch `matching`) once it lands: another GraphSource.
const source: GraphSource = nestedQuerySource;

/** ?view=explorer&start=Enterprise:<uscc>: find a node, expand neighbours, filter by type, shortest path. */
export function render(main: HTMLElement, params: Record<string, string>): void {
  const canvas = h('div', { class: 'graph', 'data-testid': 'graph', tabindex: '0', 'aria-label': t('explorer.title') });
  const status = h('div', { class: 'graph-status', role: 'status', 'aria-live': 'polite' }, t('explorer.empty'));
  // Cytoscape measures its container: it is created once the container is in the page (below).
  let cy: cytoscape.Core = cytoscape({ headless: true });
  const hidden = new Set<NodeType>();
  const count = () => { status.textContent = t('explorer.nodes', { n: cy.nodes().length, m: cy.edges().length }); };

  const expand = async (n: GraphNode) => {
    status.textContent = t('loading');
    try {
      const more = await source.expand(n);
      cy.batch(() => {
        more.nodes.forEach((x) => { if (cy.getElementById(x.id).empty()) cy.add({ group: 'nodes', data: { ...x } }); });
        more.edges.forEach((e) => { if (cy.getElementById(e.id).empty()) cy.add({ group: 'edges', data: { ...e } }); });
        cy.getElementById(n.id).addClass('expanded');
        applyFilter();
      });
      cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: false } as cytoscape.LayoutOptions).run();
      count();
    } catch (e) {
      status.textContent = errorMessage(e);
    }
  };
  const applyFilter = () => cy.nodes().forEach((n) => { n.style('display', hidden.has(n.data('type')) ? 'none' : 'element'); });
  const start = (n: GraphNode) => {
    cy.elements().remove();
    updateParams({ start: n.id });
    void expand(n);
  };

  // Keyboard: arrows move the selection through the nodes (Shift adds), Enter expands the selected ones.
  canvas.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') cy.nodes(':selected').forEach((n) => void expand(n.data() as GraphNode));
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const nodes = cy.nodes(':visible');
    if (nodes.empty()) return;
    const at = nodes.toArray().indexOf(cy.nodes(':selected').last());
    const next = nodes[(at + (e.key === 'ArrowRight' ? 1 : nodes.length - 1)) % nodes.length];
    if (!e.shiftKey) cy.nodes().unselect();
    next.select();
    status.textContent = `${enumLabel('node', next.data('type'))}: ${next.data('label')}`;
    e.preventDefault();
  });
  const filters = h('fieldset', { class: 'filters' }, h('legend', {}, t('explorer.filter')),
    ...NODE_TYPES.map((type) => h('label', { class: `chip type-${type}` },
      h('input', { type: 'checkbox', checked: true, 'data-type': type, onchange: (e: Event) => {
        if ((e.target as HTMLInputElement).checked) hidden.delete(type); else hidden.add(type);
        applyFilter();
      } }), enumLabel('node', type))));
  const shortest = () => {
    const picked = cy.nodes(':selected');
    cy.elements().removeClass('path');
    if (picked.length !== 2) { status.textContent = t('explorer.selectTwo'); return; }
    const result = cy.elements().aStar({ root: picked[0], goal: picked[1], directed: false });
    if (!result.found) { status.textContent = t('explorer.noPath'); return; }
    result.path.addClass('path');
    status.textContent = `${t('explorer.path')}: ${result.path.nodes().map((n) => n.data('label')).join(' → ')}`;
  };
  const expandSelected = () => cy.nodes(':selected').forEach((n) => void expand(n.data() as GraphNode));
  main.replaceChildren(
    h('div', { class: 'page-head' }, h('h1', {}, t('explorer.title')), h('span', { class: 'muted' }, t('explorer.hint'))),
    card(t('explorer.find'), h('div', { class: 'explorer-tools' },
      searchBox({ kinds: ['ENTERPRISE', 'PATENT'], placeholder: t('explorer.find'), label: t('explorer.find'),
        onPick: (hit) => start({ id: `${hit.kind === 'PATENT' ? 'Patent' : 'Enterprise'}:${hit.key}`,
          type: hit.kind === 'PATENT' ? 'Patent' : 'Enterprise', key: hit.key, label: hit.label }) }),
      h('div', { class: 'button-row' },
        h('button', { type: 'button', class: 'button', 'data-action': 'expand', onclick: expandSelected }, t('explorer.expand')),
        h('button', { type: 'button', class: 'button', 'data-action': 'path', onclick: shortest }, t('explorer.path')),
        h('button', { type: 'button', class: 'button', onclick: () => { cy.elements().remove(); updateParams({ start: null }); count(); } }, t('explorer.clear'))),
      filters), { wide: true }),
    h('section', { class: 'card wide graph-card' }, canvas, status));
  cy = cytoscape({ container: canvas, style: STYLE, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3 });
  (window as unknown as { ipbridgeGraph: cytoscape.Core }).ipbridgeGraph = cy;
  cy.on('dbltap', 'node', (e) => void expand(e.target.data() as GraphNode));
  const first = parseNodeId(params.start);
  if (first) void expand(first);
}
