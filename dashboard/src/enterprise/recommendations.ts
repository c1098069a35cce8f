import { enterpriseInsight, type EnterpriseInsight } from '../api/matching';
import { card } from '../components/card';
import { h } from '../components/dom';
import { withStates } from '../components/states';
import { formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';
import { matchTable } from '../matching/matchTable';
import { navigate } from '../router';
import { needsList, valuePanel } from './insight';

const link = (label: string, go: () => void) => h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); go(); } }, label);

function recommendationCards(uscc: string, d: EnterpriseInsight): HTMLElement[] {
  return [
    card(t('rec.institutions'), matchTable(t('rec.institutions'), [
      { label: t('match.candidate'), value: (m) => m.candidate.name },
    ], d.institutions, (m) => ({ kind: 'institution', party: uscc, candidate: m.candidate.name })), { id: 'rec-institutions' }),
    card(t('rec.funders'), matchTable(t('rec.funders'), [
      { label: t('match.candidate'), value: (m) => m.candidate.name },
    ], d.funders, (m) => ({ kind: 'funder', party: uscc, candidate: m.candidate.name })), { id: 'rec-funders' }),
    card(t('rec.patents'), matchTable(t('rec.patents'), [
      { label: t('field.title'), value: (m) => m.candidate.patent.title,
        render: (m) => link(m.candidate.patent.title, () => navigate('explorer', { start: `Patent:${m.candidate.patent.applicationNumber}` })) },
      { label: t('rec.owner'), value: (m) => m.candidate.owner },
    ], d.patents, (m) => ({ kind: 'patent', party: uscc, candidate: m.candidate.patent.applicationNumber })), { id: 'rec-patents', wide: true }),
    card(t('rec.experts'), matchTable(t('rec.experts'), [
      { label: t('match.candidate'), value: (m) => m.candidate.name },
      { label: t('rec.organisation'), value: (m) => m.candidate.organisation },
    ], d.experts, (m) => ({ kind: 'expert', party: uscc, candidate: m.candidate.id })), { id: 'rec-experts' }),
    card(t('rec.officers'), matchTable(t('rec.officers'), [
      { label: t('match.candidate'), value: (m) => m.candidate.name },
      { label: t('rec.load'), value: (m) => m.candidate.load, render: (m) => formatNumber(m.candidate.load), numeric: true },
    ], d.officers, (m) => ({ kind: 'officer', party: uscc, candidate: m.candidate.id })), { id: 'rec-officers' }),
  ];
}

/** Needs, value and recommendations of a firm: loaded after its facts, in their own states. */
export function insightSection(uscc: string): HTMLElement {
  const box = h('div', { class: 'insight', 'data-testid': 'insight' });
  void withStates(box, () => enterpriseInsight(uscc), (d) => h('div', { class: 'grid' },
    card(t('needs.title'), needsList(d.enterprise?.needs ?? []), { id: 'needs' }),
    card(t('value.title'), valuePanel(d.enterprise!.portfolio), { id: 'value' }),
    ...recommendationCards(uscc, d)));
  return box;
}
