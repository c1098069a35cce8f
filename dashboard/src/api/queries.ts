import { graphql } from './client';
import type { CountGroup, Enterprise, ProgrammeKpis, RankedEnterprise, SearchHit } from './types';

const GROUP = 'key label labelEn count breakdown { key count }';
const SUMMARY = 'uscc name srdiLevel district { adcode name nameEn } industry { code name nameEn }';

export interface OverviewData {
  kpis: ProgrammeKpis;
  districts: CountGroup[];
  industries: CountGroup[];
  filingYears: CountGroup[];
  ipc: CountGroup[];
}

export function overview(year?: number): Promise<OverviewData> {
  return graphql<OverviewData>(`query overview($year: Int) {
    kpis: programmeKpis(year: $year) { year enterprises enterprisesBySrdiLevel { key count } gbt29490Certified patents
      patentsByType { key count } patentsByLegalStatus { key count } grantedInventions trademarks institutions
      universities funders deals dealAmount events trainingEvents trainees visits firmsVisited firmsServed }
    districts: enterpriseStatistics(groupBy: DISTRICT) { ${GROUP} }
    industries: enterpriseStatistics(groupBy: INDUSTRY) { ${GROUP} }
    filingYears: patentStatistics(groupBy: FILING_YEAR) { ${GROUP} }
    ipc: patentStatistics(groupBy: IPC) { ${GROUP} }
  }`, { year: year ?? null });
}

export function ipcChildren(parent: string, uscc?: string): Promise<CountGroup[]> {
  return graphql<{ groups: CountGroup[] }>(
    `query ipc($parent: String, $uscc: String) {
      groups: patentStatistics(groupBy: IPC, ipcParent: $parent, applicantUscc: $uscc) { ${GROUP} } }`,
    { parent, uscc },
  ).then((d) => d.groups);
}

export function ranking(by: string, first: number, district?: string, withServices = false): Promise<RankedEnterprise[]> {
  const services = withServices ? 'servedBy { institution { name } }' : '';
  return graphql<{ enterpriseRanking: RankedEnterprise[] }>(
    `query ranking($by: EnterpriseMetric!, $first: Int, $district: String) {
      enterpriseRanking(by: $by, first: $first, district: $district) { rank value enterprise { ${SUMMARY} ${services} } } }`,
    { by, first, district: district || null },
  ).then((d) => d.enterpriseRanking);
}

export function search(text: string, kinds: string[] = ['ENTERPRISE'], first = 10, withEnterprise = false): Promise<SearchHit[]> {
  const enterprise = withEnterprise ? `enterprise { ${SUMMARY} }` : '';
  return graphql<{ search: SearchHit[] }>(
    `query search($text: String!, $kinds: [SearchKind!], $first: Int) {
      search(text: $text, kinds: $kinds, first: $first) { kind key label labels score ${enterprise} } }`,
    { text, kinds, first },
  ).then((d) => d.search);
}

export interface EnterprisePageData {
  enterprise: Enterprise;
  types: CountGroup[];
  mix: CountGroup[];
}

export function enterprisePage(uscc: string): Promise<EnterprisePageData> {
  return graphql<EnterprisePageData>(
    `query enterprisePage($uscc: String!) {
      enterprise(uscc: $uscc) { ${SUMMARY} aliases address founded srdiYear gbt29490Certified ipCustody
        pilotStatus listingPlan employees patentCount
        patents(first: 100) { applicationNumber title type legalStatus filingDate grantDate }
        trademarks { registrationNumber name niceClasses status keyProtection }
        servedBy { institution { name } service since } }
      types: patentStatistics(groupBy: TYPE, applicantUscc: $uscc) { ${GROUP} }
      mix: patentStatistics(groupBy: IPC_SUBCLASS, applicantUscc: $uscc) { ${GROUP} }
    }`,
    { uscc },
  );
}
