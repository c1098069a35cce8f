import { firmsForInstitution, parties, pledgeCandidatesForFunder, type Parties } from '../api/matching';
import type { FirmMatch, PledgeMatch } from '../api/matchTypes';
import { card } from '../components/card';
import { h } from '../components/dom';
import { empty, withStates } from '../components/states';
import { formatNumber } from '../i18n/format';
import { enumLabel, named, t } from '../i18n/i18n';
import { SRDI_LEVELS } from '../overview/chartSpecs';
import { navigate } from '../router';
import { matchTable } from './matchTable';

const firmLink = (uscc: string, name: string) => h('a', { href: `?view=enterprise&uscc=${uscc}`,
  onclick: (e: Event) => { e.preventDefault(); navigate('enterprise', { uscc }); } }, name);

function option(value: string, label: string, selected: boolean): HTMLOptionElement {
  return h('option', { value, selected }, label);
}

function select(label: string, testId: string, options: HTMLOptionElement[], onchange: () => void): HTMLSelectElement {
  return h('select', { 'aria-label': label, 'data-testid': testId, onchange }, ...options);
}

/**
 * ?view=matching&mode=institution|funder&party=<name>&district=&industry=&srdi=&served=1: an institution's best-fitting
 * firms or a funder's pledgeable patents, each with score, factors and why; exportable.
 */
export function render(main: HTMLElement, params: Record<string, string>): void {
  const controls = h('div', { class: 'workspace-controls' });
  const list = h('div', { 'data-testid': 'match-list' });
  main.replaceChildren(
    h('div', { class: 'page-head' }, h('h1', {}, t('matching.title'))),
    h('p', { class: 'intro' }, t('matching.intro')),
    card(t('workspace.mode'), controls, { wide: true }),
    list);
  void withStates(controls, parties, (p) => form(p, params, list));
}

function form(p: Parties, params: Record<string, string>, list: HTMLElement): HTMLElement {
  const mode = params.mode === 'funder' ? 'funder' : 'institution';
  const reload = () => navigate('matching', Object.fromEntries(Object.entries({ mode: modeSelect.value, party: party.value,
    district: district.value, industry: industry.value, srdi: srdi.value, served: served.checked ? '1' : '' }).filter(([, v]) => v)));
  const modeSelect = select(t('workspace.mode'), 'mode', [option('institution', t('workspace.institution'), mode === 'institution'),
    option('funder', t('workspace.funder'), mode === 'funder')], () => { party.value = ''; reload(); });
  const names = (mode === 'funder' ? p.funders : p.institutions).map((x) => x.name);
  const party = select(t('workspace.pick'), 'party', [option('', `— ${t('workspace.pick')} —`, !params.party),
    ...names.map((n) => option(n, n, n === params.party))], reload);
  const district = select(t('field.district'), 'district', [option('', t('matching.all'), !params.district),
    ...p.districts.map((d) => option(d.adcode, named(d), d.adcode === params.district))], reload);
  const industry = select(t('workspace.industry'), 'industry', [option('', t('matching.all'), !params.industry),
    ...p.industries.map((d) => option(d.code, named(d), d.code === params.industry))], reload);
  const srdi = select(t('workspace.srdi'), 'srdi', [option('', t('matching.all'), !params.srdi),
    ...SRDI_LEVELS.map((l) => option(l, enumLabel('srdi', l), l === params.srdi))], reload);
  const served = h('input', { type: 'checkbox', checked: params.served === '1', 'data-testid': 'served', onchange: reload });
  const labelled = (label: string, el: HTMLElement) => h('label', { class: 'inline' }, label, ' ', el);
  const filters = mode === 'institution'
    ? [labelled(t('field.district'), district), labelled(t('workspace.industry'), industry), labelled(t('workspace.srdi'), srdi),
      h('label', { class: 'inline' }, served, ' ', t('workspace.includeServed'))]
    : [];
  if (!params.party) list.replaceChildren(empty(t('workspace.pickFirst')));
  else if (mode === 'funder') void withStates(list, () => pledgeCandidatesForFunder(params.party), (m) => pledgeTable(params.party, m));
  else {
    const filter = { district: params.district, industry: params.industry, srdiLevels: params.srdi ? [params.srdi] : undefined };
    void withStates(list, () => firmsForInstitution(params.party, filter, params.served === '1'), (m) => firmTable(params.party, m));
  }
  return h('div', { class: 'button-row wrap' }, labelled(t('workspace.mode'), modeSelect), labelled(t('workspace.pick'), party), ...filters);
}

function firmTable(institution: string, matches: FirmMatch[]): HTMLElement {
  const title = `${t('workspace.firms')} · ${institution}`;
  return card(`${title} (${formatNumber(matches.length)})`, matchTable(title, [
    { label: t('field.name'), value: (m) => m.candidate.name, render: (m) => firmLink(m.candidate.uscc, m.candidate.name) },
    { label: t('field.district'), value: (m) => named(m.candidate.district) },
    { label: t('field.industry'), value: (m) => named(m.candidate.industry) },
    { label: t('field.srdiLevel'), value: (m) => enumLabel('srdi', m.candidate.srdiLevel) },
  ], matches, (m) => ({ kind: 'firm', party: institution, candidate: m.candidate.uscc })), { wide: true });
}

function pledgeTable(funder: string, matches: PledgeMatch[]): HTMLElement {
  const title = `${t('workspace.pledges')} · ${funder}`;
  return card(`${title} (${formatNumber(matches.length)})`, matchTable(title, [
    { label: t('field.title'), value: (m) => m.candidate.patent.title },
    { label: t('field.name'), value: (m) => m.candidate.enterprise.name,
      render: (m) => firmLink(m.candidate.enterprise.uscc, m.candidate.enterprise.name) },
    { label: t('value.title'), value: (m) => Number(m.candidate.value.toFixed(3)), render: (m) => `${Math.round(m.candidate.value * 100)}`, numeric: true },
    { label: t('workspace.remaining'), value: (m) => Number(m.candidate.remainingYears.toFixed(1)), numeric: true },
  ], matches, (m) => ({ kind: 'pledge', party: funder, candidate: m.candidate.patent.applicationNumber })), { wide: true });
}
