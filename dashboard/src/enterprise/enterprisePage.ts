import { search } from '../api/queries';
import type { SearchHit } from '../api/types';
import { card } from '../components/card';
import { h } from '../components/dom';
import { empty, withStates } from '../components/states';
import { dataTable } from '../components/table';
import { formatNumber } from '../i18n/format';
import { enumLabel, named, t } from '../i18n/i18n';
import { navigate, updateParams } from '../router';
import { enterpriseDetail } from './enterpriseDetail';
import { searchBox } from './searchBox';

/** ?view=enterprise&q=… lists search results; &uscc=… shows one enterprise. */
export function render(main: HTMLElement, params: Record<string, string>): void {
  if (params.uscc) {
    enterpriseDetail(main, params.uscc);
    return;
  }
  const results = h('div', { id: 'results' });
  const run = (text: string) => {
    updateParams({ q: text });
    if (!text) { results.replaceChildren(); return; }
    void withStates(results, () => search(text, ['ENTERPRISE'], 50, true), (hits) => resultTable(hits));
  };
  main.replaceChildren(
    h('div', { class: 'page-head' }, h('h1', {}, t('enterprise.searchTitle'))),
    card(t('enterprise.search'), searchBox({
      kinds: ['ENTERPRISE'], placeholder: t('enterprise.searchPlaceholder'), label: t('enterprise.searchTitle'),
      initial: params.q, onPick: (hit) => navigate('enterprise', { uscc: hit.key }), onSubmit: run,
    }), { wide: true }),
    results);
  if (params.q) run(params.q);
  main.querySelector<HTMLInputElement>('.search-input')?.focus();
}

function resultTable(hits: SearchHit[]): HTMLElement {
  if (hits.length === 0) return empty(t('enterprise.noResults'));
  return card(`${t('enterprise.results')} (${formatNumber(hits.length)})`, dataTable<SearchHit>(t('enterprise.results'), [
    { label: t('field.name'), value: (hit) => hit.label, render: (hit) => h('a', {
      href: `?view=enterprise&uscc=${hit.key}`, 'data-uscc': hit.key,
      onclick: (e: Event) => { e.preventDefault(); navigate('enterprise', { uscc: hit.key }); },
    }, hit.label) },
    { label: t('field.uscc'), value: (hit) => hit.key },
    { label: t('field.district'), value: (hit) => named(hit.enterprise?.district) },
    { label: t('field.industry'), value: (hit) => named(hit.enterprise?.industry) },
    { label: t('field.srdiLevel'), value: (hit) => enumLabel('srdi', hit.enterprise?.srdiLevel) },
  ], hits), { wide: true });
}
