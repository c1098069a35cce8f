import { graphql } from './client';
import type { FirmMatch, Need, PledgeMatch, Portfolio, Recommendations, Subgraph } from './matchTypes';

const SUBGRAPH = 'nodes { id labels caption properties { name value } } edges { type source target } capped';
const SCORED = `score factors { name weight value contribution detail } explanation { ${SUBGRAPH} }`;
const SUMMARY = 'uscc name srdiLevel district { adcode name nameEn } industry { code name nameEn }';

export interface EnterpriseInsight extends Recommendations {
  enterprise: { needs: Need[]; portfolio: Portfolio } | null;
}

/** Needs, portfolio value and every kind of recommendation for one firm. */
export function enterpriseInsight(uscc: string, first = 5): Promise<EnterpriseInsight> {
  return graphql<EnterpriseInsight>(`query insight($uscc: String!, $first: Int) {
    enterprise(uscc: $uscc) { needs { kind evidence }
      portfolio { patentCount grantedInventionCount lapsedCount meanValue chokepointFields { code patentCount } gaps
        highValuePatents { applicationNumber title score remainingYears factors { name weight value contribution detail } } } }
    institutions: institutionsForEnterprise(uscc: $uscc, first: $first) { candidate { name types } ${SCORED} }
    funders: fundersForEnterprise(uscc: $uscc, first: $first) { candidate { name } ${SCORED} }
    patents: patentsForEnterprise(uscc: $uscc, first: $first) { candidate { owner patent { applicationNumber title } } ${SCORED} }
    experts: expertsForEnterprise(uscc: $uscc, first: $first) { candidate { id name organisation field } ${SCORED} }
    officers: officersForEnterprise(uscc: $uscc, first: $first) { candidate { id name load } ${SCORED} }
  }`, { uscc, first });
}

export interface FirmFilter {
  district?: string;
  industry?: string;
  srdiLevels?: string[];
}

export function firmsForInstitution(name: string, filter: FirmFilter, includeServed: boolean, first = 50): Promise<FirmMatch[]> {
  return graphql<{ m: FirmMatch[] }>(`query firms($name: String!, $filter: EnterpriseFilter, $served: Boolean, $first: Int) {
    m: firmsForInstitution(name: $name, filter: $filter, includeServed: $served, first: $first) { candidate { ${SUMMARY} } ${SCORED} } }`,
  { name, filter, served: includeServed, first }).then((d) => d.m);
}

export function pledgeCandidatesForFunder(name: string, first = 50): Promise<PledgeMatch[]> {
  return graphql<{ m: PledgeMatch[] }>(`query pledges($name: String!, $first: Int) {
    m: pledgeCandidatesForFunder(name: $name, first: $first) {
      candidate { patent { applicationNumber title } enterprise { uscc name } value remainingYears } ${SCORED} } }`,
  { name, first }).then((d) => d.m);
}

export interface Parties {
  institutions: { name: string }[];
  funders: { name: string }[];
  districts: { adcode: string; name: string; nameEn: string }[];
  industries: { code: string; name: string; nameEn: string }[];
}

export function parties(): Promise<Parties> {
  return graphql<Parties>('{ institutions { name } funders { name } districts { adcode name nameEn } industries { code name nameEn } }');
}

export function neighbourhood(id: string, options: { depth?: number; labels?: string[]; relationshipTypes?: string[]; limit?: number } = {}): Promise<Subgraph> {
  return graphql<{ g: Subgraph }>(`query hood($id: ID!, $depth: Int, $labels: [String!], $types: [String!], $limit: Int) {
    g: neighbourhood(id: $id, depth: $depth, labels: $labels, relationshipTypes: $types, limit: $limit) { ${SUBGRAPH} } }`,
  { id, depth: options.depth ?? 1, labels: options.labels ?? null, types: options.relationshipTypes ?? null, limit: options.limit ?? 100 })
    .then((d) => d.g);
}

export function shortestPath(from: string, to: string, maxLength = 6): Promise<Subgraph> {
  return graphql<{ g: Subgraph }>(`query path($from: ID!, $to: ID!, $max: Int) {
    g: shortestPath(from: $from, to: $to, maxLength: $max) { ${SUBGRAPH} } }`, { from, to, max: maxLength }).then((d) => d.g);
}

/** The explanation of one match, fetched again from what the URL says (see matching/explain.ts). */
export async function explanationOf(kind: string, party: string, candidate: string): Promise<Subgraph | null> {
  type C = { candidate: Record<string, unknown>; explanation: Subgraph };
  const pick = (list: C[], key: (m: C) => string) => list.find((m) => key(m) === candidate)?.explanation ?? null;
  const q = (field: string, arg: string, cand: string) => graphql<{ m: C[] }>(
    `query explain($p: String!) { m: ${field}(${arg}: $p, first: 100) { candidate { ${cand} } explanation { ${SUBGRAPH} } } }`, { p: party });
  const byKey = (path: string[]) => (m: C) => String(path.reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], m.candidate));
  switch (kind) {
    case 'institution': return pick((await q('institutionsForEnterprise', 'uscc', 'name')).m, byKey(['name']));
    case 'funder': return pick((await q('fundersForEnterprise', 'uscc', 'name')).m, byKey(['name']));
    case 'patent': return pick((await q('patentsForEnterprise', 'uscc', 'patent { applicationNumber }')).m, byKey(['patent', 'applicationNumber']));
    case 'expert': return pick((await q('expertsForEnterprise', 'uscc', 'id')).m, byKey(['id']));
    case 'officer': return pick((await q('officersForEnterprise', 'uscc', 'id')).m, byKey(['id']));
    case 'firm': return pick((await q('firmsForInstitution', 'name', 'uscc')).m, byKey(['uscc']));
    case 'pledge': return pick((await q('pledgeCandidatesForFunder', 'name', 'patent { applicationNumber }')).m, byKey(['patent', 'applicationNumber']));
    default: return null;
  }
}
