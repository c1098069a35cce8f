import type { Match } from '../api/matchTypes';
import { h } from '../components/dom';
import { factorList, factorsText, scoreBar } from '../components/scores';
import { dataTable, type Column } from '../components/table';
import { t } from '../i18n/i18n';
import { navigate } from '../router';
import { encodeExplain, type ExplainRef } from './explain';

/** Opens a match's explanation in the explorer (?view=explorer&explain=…). */
export function whyButton(ref: ExplainRef): HTMLElement {
  return h('button', { type: 'button', class: 'button small', 'data-action': 'why', 'aria-label': `${t('match.why')}: ${ref.candidate}`,
    onclick: () => navigate('explorer', { explain: encodeExplain(ref) }) }, t('match.why'));
}

/**
 * A table of scored matches: the candidate's own columns, then score, factors (their evidence on hover and in a
 * disclosure) and "why"; it exports to CSV and XLSX with the score and factors in words.
 */
export function matchTable<C>(title: string, candidateColumns: Column<Match<C>>[], matches: Match<C>[],
  ref: (m: Match<C>) => ExplainRef): HTMLElement {
  return dataTable<Match<C>>(title, [
    ...candidateColumns,
    { label: t('match.score'), value: (m) => Number(m.score.toFixed(3)), render: (m) => scoreBar(m.score), numeric: true },
    { label: t('match.factors'), value: (m) => factorsText(m.factors), render: (m) => h('details', { class: 'factor-details' },
      h('summary', {}, factorsText(m.factors)), factorList(m.factors)) },
    { label: t('match.why'), value: () => null, render: (m) => whyButton(ref(m)) },
  ], matches);
}
