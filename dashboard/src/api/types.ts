/** The shapes of the API's answers the dashboard reads (see api/src/main/resources/graphql). */
export interface Count {
  key: string;
  count: number;
}

export interface CountGroup extends Count {
  label: string | null;
  labelEn: string | null;
  breakdown: Count[];
}

export interface ProgrammeKpis {
  year: number;
  enterprises: number;
  enterprisesBySrdiLevel: Count[];
  gbt29490Certified: number;
  patents: number;
  patentsByType: Count[];
  patentsByLegalStatus: Count[];
  grantedInventions: number;
  trademarks: number;
  institutions: number;
  universities: number;
  funders: number;
  deals: number;
  dealAmount: number;
  events: number;
  trainingEvents: number;
  trainees: number;
  visits: number;
  firmsVisited: number;
  firmsServed: number;
}

export interface Named {
  name: string;
  nameEn?: string;
}

export interface EnterpriseSummary {
  uscc: string;
  name: string;
  srdiLevel: string | null;
  district: (Named & { adcode: string }) | null;
  industry: (Named & { code: string }) | null;
}

export interface Enterprise extends EnterpriseSummary {
  aliases: string[];
  address: string | null;
  founded: string | null;
  srdiYear: number | null;
  gbt29490Certified: boolean;
  ipCustody: boolean;
  pilotStatus: string;
  listingPlan: string;
  employees: number | null;
  patentCount: number;
  patents: PatentRow[];
  trademarks: { registrationNumber: string; name: string; niceClasses: number[]; status: string | null; keyProtection: boolean }[];
  servedBy: { institution: { name: string }; service: string | null; since: string | null }[];
}

export interface PatentRow {
  applicationNumber: string;
  title: string;
  type: string;
  legalStatus: string;
  filingDate: string | null;
  grantDate: string | null;
}

export interface SearchHit {
  kind: 'ENTERPRISE' | 'PATENT' | 'ORGANISATION' | 'IPC_CLASS';
  key: string;
  label: string;
  labels: string[];
  score: number;
  enterprise?: EnterpriseSummary | null;
}

export interface RankedEnterprise {
  rank: number;
  value: number;
  enterprise: EnterpriseSummary & { servedBy?: { institution: { name: string } }[] };
}
