import type cytoscape from 'cytoscape';

const COLOURS: Record<string, string> = {
  Enterprise: '#1f5fa8', Patent: '#e07b39', IpcClass: '#2a9d8f', District: '#8d6cab',
  Industry: '#c8553d', Institution: '#5c946e', Applicant: '#6c757d',
};

/** How the explorer draws nodes and edges: colour by type, a ring on expanded nodes, the path highlighted. */
export const STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: {
    'background-color': (n: cytoscape.NodeSingular) => COLOURS[n.data('type')] ?? '#999',
    label: (n: cytoscape.NodeSingular) => String(n.data('label')).slice(0, 18),
    'font-size': 10, color: '#243447', 'text-valign': 'bottom', 'text-margin-y': 4, width: 22, height: 22,
    'text-wrap': 'ellipsis', 'text-max-width': '120px' } },
  { selector: 'node[type = "Enterprise"]', style: { width: 32, height: 32, shape: 'round-rectangle' } },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': '#f2c14e' } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d62828' } },
  { selector: 'edge', style: { width: 1.2, 'line-color': '#b8c4d6', 'target-arrow-color': '#b8c4d6',
    'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 7, color: '#8a97a8',
    'text-rotation': 'autorotate' } },
  { selector: '.path', style: { 'line-color': '#d62828', 'target-arrow-color': '#d62828', width: 3, 'border-color': '#d62828', 'border-width': 3 } },
];
