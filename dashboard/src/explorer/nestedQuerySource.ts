import { graphql } from '../api/client';
import { edge, node, type GraphNode, type GraphSource, type Neighbourhood } from './graphModel';

/** A GraphSource built on the existing nested queries (enterprise -> patents -> applicants / IPC / citations). */
interface Named { name: string }
interface PatentRef { applicationNumber: string; title: string }
export interface EnterpriseAnswer {
  enterprise: { uscc: string; name: string; district: (Named & { adcode: string }) | null; industry: (Named & { code: string }) | null;
    patents: PatentRef[]; servedBy: { institution: Named }[] } | null;
}
export interface PatentAnswer {
  patent: PatentRef & { applicants: { name: string; kind: string; enterprise: { uscc: string; name: string } | null }[];
    ipcClasses: { code: string; titleZh: string | null }[]; citations: PatentRef[]; citedBy: PatentRef[] } | null;
}

export function enterpriseNeighbours(a: EnterpriseAnswer): Neighbourhood {
  const e = a.enterprise;
  if (!e) return { nodes: [], edges: [] };
  const self = node('Enterprise', e.uscc, e.name);
  const out: Neighbourhood = { nodes: [self], edges: [] };
  const link = (n: GraphNode, label: string, reverse = false) => {
    out.nodes.push(n);
    out.edges.push(reverse ? edge(n, self, label) : edge(self, n, label));
  };
  if (e.district) link(node('District', e.district.adcode, e.district.name), 'LOCATED_IN');
  if (e.industry) link(node('Industry', e.industry.code, e.industry.name), 'IN_INDUSTRY');
  e.patents.forEach((p) => link(node('Patent', p.applicationNumber, p.title), 'APPLIED_BY', true));
  e.servedBy.forEach((s) => link(node('Institution', s.institution.name, s.institution.name), 'SERVES', true));
  return out;
}

export function patentNeighbours(a: PatentAnswer): Neighbourhood {
  const p = a.patent;
  if (!p) return { nodes: [], edges: [] };
  const self = node('Patent', p.applicationNumber, p.title);
  const out: Neighbourhood = { nodes: [self], edges: [] };
  p.applicants.forEach((ap) => {
    const n = ap.enterprise ? node('Enterprise', ap.enterprise.uscc, ap.enterprise.name)
      : node(ap.kind === 'INSTITUTION' ? 'Institution' : 'Applicant', ap.name, ap.name);
    out.nodes.push(n);
    out.edges.push(edge(self, n, 'APPLIED_BY'));
  });
  p.ipcClasses.forEach((c) => {
    const n = node('IpcClass', c.code, `${c.code} ${c.titleZh ?? ''}`.trim());
    out.nodes.push(n);
    out.edges.push(edge(self, n, 'CLASSIFIED_AS'));
  });
  p.citations.forEach((c) => { const n = node('Patent', c.applicationNumber, c.title); out.nodes.push(n); out.edges.push(edge(self, n, 'CITES')); });
  p.citedBy.forEach((c) => { const n = node('Patent', c.applicationNumber, c.title); out.nodes.push(n); out.edges.push(edge(n, self, 'CITES')); });
  return out;
}

export const nestedQuerySource: GraphSource = {
  async expand(from) {
    if (from.type === 'Enterprise') {
      const a = await graphql<EnterpriseAnswer>(`query explore($uscc: String!) { enterprise(uscc: $uscc) {
        uscc name district { adcode name } industry { code name } patents(first: 15) { applicationNumber title }
        servedBy { institution { name } } } }`, { uscc: from.key });
      return enterpriseNeighbours(a);
    }
    if (from.type === 'Patent') {
      const a = await graphql<PatentAnswer>(`query explore($number: String!) { patent(number: $number) {
        applicationNumber title applicants { name kind enterprise { uscc name } } ipcClasses { code titleZh }
        citations { applicationNumber title } citedBy { applicationNumber title } } }`, { number: from.key });
      return patentNeighbours(a);
    }
    if (from.type === 'District' || from.type === 'Industry') {
      const filter = from.type === 'District' ? { district: from.key } : { industry: from.key };
      const a = await graphql<{ enterprises: { edges: { node: { uscc: string; name: string } }[] } }>(
        `query explore($filter: EnterpriseFilter) { enterprises(filter: $filter, first: 20) { edges { node { uscc name } } } }`, { filter });
      const nodes = a.enterprises.edges.map((x) => node('Enterprise', x.node.uscc, x.node.name));
      return { nodes: [from, ...nodes], edges: nodes.map((n) => edge(n, from, from.type === 'District' ? 'LOCATED_IN' : 'IN_INDUSTRY')) };
    }
    return { nodes: [from], edges: [] };
  },
};
