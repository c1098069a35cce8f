/** Shapes of the matchmaking, valuation, exploration, key-list and topic answers (api/src/main/resources/graphql). */
import type { EnterpriseSummary } from './types';

export interface Factor {
  name: string;
  weight: number;
  value: number;
  contribution: number;
  detail: string | null;
}

export interface SubgraphNode {
  id: string;
  labels: string[];
  caption: string | null;
  properties: { name: string; value: string }[];
}

export interface SubgraphEdge {
  type: string;
  source: string;
  target: string;
}

export interface Subgraph {
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
  capped: boolean;
}

/** One scored candidate: every match type of the API has this shape. */
export interface Match<C> {
  candidate: C;
  score: number;
  factors: Factor[];
  explanation: Subgraph;
}

export interface Need {
  kind: string;
  evidence: string;
}

export interface PatentValue {
  applicationNumber: string;
  title: string | null;
  score: number;
  remainingYears: number;
  factors: Factor[];
}

export interface Portfolio {
  patentCount: number;
  grantedInventionCount: number;
  lapsedCount: number;
  meanValue: number;
  highValuePatents: PatentValue[];
  chokepointFields: { code: string; patentCount: number }[];
  gaps: string[];
}

export interface Recommendations {
  institutions: Match<{ name: string; types: string[] }>[];
  funders: Match<{ name: string }>[];
  patents: Match<{ owner: string; patent: { applicationNumber: string; title: string } }>[];
  experts: Match<{ id: string; name: string | null; organisation: string | null; field: string | null }>[];
  officers: Match<{ id: string; name: string | null; load: number }>[];
}

export type FirmMatch = Match<EnterpriseSummary>;

export type PledgeMatch = Match<{
  patent: { applicationNumber: string; title: string };
  enterprise: { uscc: string; name: string };
  value: number;
  remainingYears: number;
}>;

export interface KeySegmentGroup {
  segment: string;
  description: string;
  count: number;
  members: { totalCount: number; edges: { node: EnterpriseSummary }[] };
}

export interface Bucket {
  key: string;
  count: number;
}

export interface Topic {
  name: string;
  size: number | null;
  refreshed: string | null;
  query: { ipcClasses: string[]; keywords: string[]; applicants: string[]; districts: string[];
    filedFrom: string | null; filedTo: string | null; legalStatus: string[] };
  statistics: { count: number; byYear: Bucket[]; byType: Bucket[]; byLegalStatus: Bucket[]; topApplicants: Bucket[];
    topIpcSubclasses: Bucket[] };
}

export interface TopicQueryInput {
  ipcClasses?: string[];
  keywords?: string[];
  applicants?: string[];
  districts?: string[];
  filedFrom?: string;
  filedTo?: string;
}
