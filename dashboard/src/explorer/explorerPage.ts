import { explanationOf } from '../api/matching';
import { card } from '../components/card';
import { h } from '../components/dom';
import { errorMessage } from '../components/states';
import { searchBox } from '../enterprise/searchBox';
import { enumLabel, t } from '../i18n/i18n';
import { decodeExplain } from '../matching/explain';
import { updateParams } from '../router';
import { exploreSource, EXPAND_LIMIT, fromSubgraph, hitNode } from './exploreSource';
import { NODE_TYPES, parseNodeId, type GraphNode, type NodeType } from './graphModel';
import { GraphView } from './graphView';

const RELATIONS = ['APPLIED_BY', 'CLASSIFIED_AS', 'CITES', 'PARENT', 'LOCATED_IN', 'IN_INDUSTRY', 'SERVES', 'OWNS',
  'TRANSFERRED_TO', 'LICENSED_TO', 'SECURED_BY', 'SPECIALIZES_IN', 'PREFERS', 'ASSIGNED_TO'];
const SHOWN_TYPES: NodeType[] = ['Enterprise', 'Patent', 'IpcClass', 'District', 'Industry', 'Institution', 'University', 'Funder',
  'Expert', 'Officer', 'Trademark', 'Applicant'];

/** ?view=explorer&start=<node id>&depth=&rel=&explain=: expand through the explore API, shortest paths, explanations. */
export function render(main: HTMLElement, params: Record<string, string>): void {
  const canvas = h('div', { class: 'graph', 'data-testid': 'graph', tabindex: '0', 'aria-label': t('explorer.title') });
  const status = h('div', { class: 'graph-status', role: 'status', 'aria-live': 'polite' }, t('explorer.empty'));
  const hidden = new Set<NodeType>();
  let view: GraphView;
  const count = (extra = '') => { status.textContent = t('explorer.nodes', { n: view.cy.nodes().length, m: view.cy.edges().length }) + extra; };
  const depth = h('select', { 'aria-label': t('explorer.depth'), 'data-testid': 'depth', onchange: () => updateParams({ depth: depth.value === '1' ? null : depth.value }) },
    ...['1', '2'].map((d) => h('option', { value: d, selected: (params.depth ?? '1') === d }, d)));
  const relation = h('select', { 'aria-label': t('explorer.relation'), 'data-testid': 'relation', onchange: () => updateParams({ rel: relation.value || null }) },
    h('option', { value: '' }, t('explorer.anyRelation')), ...RELATIONS.map((r) => h('option', { value: r, selected: params.rel === r }, r)));

  const expand = async (n: GraphNode) => {
    status.textContent = t('loading');
    try {
      const labels = hidden.size ? NODE_TYPES.filter((x) => !hidden.has(x)) : undefined;
      const more = await exploreSource.expand(n, { depth: Number(depth.value), labels, relationshipTypes: relation.value ? [relation.value] : undefined });
      view.add(more, hidden);
      view.cy.getElementById(n.id).addClass('expanded');
      view.layout();
      count(more.capped ? ` ${t('explorer.capped', { n: EXPAND_LIMIT })}` : '');
    } catch (e) {
      status.textContent = errorMessage(e);
    }
  };
  const start = (n: GraphNode) => {
    view.clear();
    updateParams({ start: n.id, explain: null });
    void expand(n);
  };
  const path = async (from: GraphNode, to: GraphNode) => {
    status.textContent = t('loading');
    try {
      const found = await exploreSource.path(from, to);
      if (found.nodes.length === 0) { status.textContent = t('explorer.noPath'); return; }
      view.add(found, hidden);
      view.layout();
      view.mark(found);
      const labels = found.nodes.map((x) => x.label);
      status.textContent = `${t('explorer.path')}: ${labels.join(' → ')}`;
    } catch (e) {
      status.textContent = errorMessage(e);
    }
  };
  const shortest = () => {
    const picked = view.selected();
    if (picked.length !== 2) { status.textContent = t('explorer.selectTwo'); return; }
    void path(picked[0], picked[1]);
  };
  const expandSelected = () => view.selected().forEach((n) => void expand(n));

  canvas.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') expandSelected();
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const nodes = view.cy.nodes(':visible');
    if (nodes.empty()) return;
    const at = nodes.toArray().indexOf(view.cy.nodes(':selected').last());
    const next = nodes[(at + (e.key === 'ArrowRight' ? 1 : nodes.length - 1)) % nodes.length];
    if (!e.shiftKey) view.cy.nodes().unselect();
    next.select();
    e.preventDefault();
  });
  const filters = h('fieldset', { class: 'filters' }, h('legend', {}, t('explorer.filter')),
    ...SHOWN_TYPES.map((type) => h('label', { class: `chip type-${type}` },
      h('input', { type: 'checkbox', checked: true, 'data-type': type, onchange: (e: Event) => {
        if ((e.target as HTMLInputElement).checked) hidden.delete(type); else hidden.add(type);
        view.filter(hidden);
      } }), enumLabel('node', type))));
  const kinds = ['ENTERPRISE', 'PATENT', 'ORGANISATION', 'IPC_CLASS'];
  main.replaceChildren(
    h('div', { class: 'page-head' }, h('h1', {}, t('explorer.title')), h('span', { class: 'muted' }, t('explorer.hint'))),
    card(t('explorer.find'), h('div', { class: 'explorer-tools' },
      h('div', { class: 'tool-row' },
        searchBox({ kinds, placeholder: t('explorer.find'), label: t('explorer.find'), onPick: (hit) => start(hitNode(hit)) }),
        searchBox({ kinds, id: 'suggest-path-end', placeholder: t('explorer.pathToHint'), label: t('explorer.pathTo'), onPick: (hit) => {
          const from = view.selected()[0];
          if (!from) { status.textContent = t('explorer.pathToHint'); return; }
          void path(from, hitNode(hit));
        } })),
      h('div', { class: 'button-row' },
        h('label', { class: 'inline' }, t('explorer.depth'), ' ', depth),
        h('label', { class: 'inline' }, t('explorer.relation'), ' ', relation),
        h('button', { type: 'button', class: 'button', 'data-action': 'expand', onclick: expandSelected }, t('explorer.expand')),
        h('button', { type: 'button', class: 'button', 'data-action': 'path', onclick: shortest }, t('explorer.path')),
        h('button', { type: 'button', class: 'button', onclick: () => { view.clear(); updateParams({ start: null, explain: null }); count(); } }, t('explorer.clear'))),
      filters), { wide: true }),
    h('section', { class: 'card wide graph-card' }, canvas, status));
  view = new GraphView(canvas);
  (window as unknown as { ipbridgeGraph: unknown }).ipbridgeGraph = view.cy;
  view.cy.on('dbltap', 'node', (e) => void expand(e.target.data() as GraphNode));
  view.cy.on('select', 'node', (e) => {
    const d = e.target.data() as GraphNode;
    status.textContent = `${enumLabel('node', d.type)}: ${d.label}${d.detail ? ` — ${d.detail}` : ''}`;
  });
  const explain = decodeExplain(params.explain);
  if (explain) void showExplanation(explain);
  else {
    const first = parseNodeId(params.start);
    if (first) void expand(first);
  }

  async function showExplanation(ref: NonNullable<ReturnType<typeof decodeExplain>>) {
    status.textContent = t('loading');
    try {
      const g = await explanationOf(ref.kind, ref.party, ref.candidate);
      if (!g) { status.textContent = t('explorer.noExplanation'); return; }
      const part = fromSubgraph(g);
      view.add(part, hidden);
      view.layout(true);
      count(` · ${t('explorer.explaining')}`);
    } catch (e) {
      status.textContent = errorMessage(e);
    }
  }
}
