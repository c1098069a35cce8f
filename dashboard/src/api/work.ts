import { graphql } from './client';

/** The programme's targets, reports and recorded work as the API gives them (reporting.graphqls, operations.graphqls). */
export type TargetKind = 'TRAINING_SESSIONS' | 'TRAINEES' | 'KEY_FIRM_VISITS' | 'SRDI_FIRMS_SERVED';

export interface TargetProgress {
  target: TargetKind;
  label: string;
  from: string | null;
  to: string;
  goal: number;
  actual: number;
  share: number;
  expected: number;
  met: boolean;
  onTrack: boolean;
}

export interface Officer { id: string; name: string | null }

export interface OverdueVisit {
  enterprise: { uscc: string; name: string; district: { name: string; nameEn: string | null } | null };
  officers: Officer[];
  lastVisit: string | null;
}

export interface ReportFigure {
  key: string;
  label: string;
  unit: string;
  value: number;
  previous: number | null;
  change: number | null;
  changeRate: number | null;
}

export interface ReportList { key: string; title: string; columns: string[]; rows: string[][]; total: number }

export interface ReportSection { key: string; title: string; figures: ReportFigure[]; lists: ReportList[] }

export interface HalfYearReport {
  title: string;
  from: string;
  halfYearEnd: string;
  previousEnd: string;
  xlsxUrl: string;
  htmlUrl: string;
  sections: ReportSection[];
}

const TARGET = 'target label from to goal actual share expected met onTrack';

export function targetProgress(date?: string): Promise<TargetProgress[]> {
  return graphql<{ p: TargetProgress[] }>(`query targets($date: Date) { p: targetProgress(date: $date) { ${TARGET} } }`,
    { date: date ?? null }).then((d) => d.p);
}

export function overdueVisits(first = 100, date?: string): Promise<{ totalCount: number; rows: OverdueVisit[] }> {
  return graphql<{ o: { totalCount: number; edges: { node: OverdueVisit }[] } }>(`query overdue($date: Date, $first: Int) {
    o: overdueVisits(date: $date, first: $first) { totalCount edges { node {
      enterprise { uscc name district { name nameEn } } officers { id name } lastVisit } } } }`,
  { date: date ?? null, first }).then((d) => ({ totalCount: d.o.totalCount, rows: d.o.edges.map((e) => e.node) }));
}

const SECTIONS = 'sections { key title figures { key label unit value previous change changeRate } lists { key title columns rows total } }';

export function halfYearReport(end: string): Promise<HalfYearReport> {
  return graphql<{ r: HalfYearReport }>(`query report($end: Date!) { r: halfYearReport(halfYearEnd: $end) {
    title from halfYearEnd previousEnd xlsxUrl htmlUrl ${SECTIONS} } }`, { end }).then((d) => d.r);
}

/** Both half years of a year, for the year's events (lists only). */
export function yearEvents(year: number): Promise<ReportList[]> {
  return graphql<{ h1: { sections: ReportSection[] }; h2: { sections: ReportSection[] } }>(`query events($h1: Date!, $h2: Date!) {
    h1: halfYearReport(halfYearEnd: $h1) { sections { lists { key title columns rows total } } }
    h2: halfYearReport(halfYearEnd: $h2) { sections { lists { key title columns rows total } } } }`,
  { h1: `${year}-06-30`, h2: `${year}-12-31` }).then((d) => [d.h1, d.h2].flatMap((r) => r.sections.flatMap((s) => s.lists)));
}

export interface Visit { id: string; officer: string; date: string; notes: string | null; needs: string[]; servicesReferred: string[]; followUpDate: string | null }
export interface FinancingDeal { id: string; funder: string | null; amount: number; date: string; kind: string; pledgedPatents: string[]; pledgedTrademarks: string[] }
export interface ServiceCase { id: string; kind: string; institution: string | null; opened: string; closed: string | null; outcome: string | null; subject: string | null; patents: string[] }
export interface EnterpriseWork { officers: Officer[]; visits: Visit[]; financingDeals: FinancingDeal[]; serviceCases: ServiceCase[] }

export function enterpriseWork(uscc: string): Promise<EnterpriseWork> {
  return graphql<{ e: EnterpriseWork | null }>(`query work($uscc: String!) { e: enterprise(uscc: $uscc) {
    officers { id name }
    visits { id officer date notes needs servicesReferred followUpDate }
    financingDeals { id funder amount date kind pledgedPatents pledgedTrademarks }
    serviceCases { id kind institution opened closed outcome subject patents } } }`, { uscc })
    .then((d) => d.e ?? { officers: [], visits: [], financingDeals: [], serviceCases: [] });
}

export interface KeyListView {
  name: string;
  segment: string;
  industry: string | null;
  size: number;
  officers: Officer[];
  members: { edges: { node: { uscc: string; name: string } }[] };
}

const KEY_LIST = 'name segment industry size officers { id name } members(first: 100) { edges { node { uscc name } } }';

export function keyList(name: string): Promise<KeyListView | null> {
  return graphql<{ l: KeyListView | null }>(`query list($name: String!) { l: keyList(name: $name) { ${KEY_LIST} } }`, { name }).then((d) => d.l);
}

/** Officers whose name or id contains the text (all when empty), by name: to pick one for a key list. */
export function officers(search: string, first = 20): Promise<Officer[]> {
  return graphql<{ officers: Officer[] }>(`query officers($search: String, $first: Int) {
    officers(search: $search, first: $first) { id name } }`, { search, first }).then((d) => d.officers);
}

export function assignOfficerToKeyList(listName: string, officerId: string): Promise<KeyListView> {
  return graphql<{ l: KeyListView }>(`mutation assign($list: String!, $officer: String!) {
    l: assignOfficerToKeyList(listName: $list, officerId: $officer) { ${KEY_LIST} } }`, { list: listName, officer: officerId }).then((d) => d.l);
}
