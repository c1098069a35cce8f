import { graphql } from '../api/client';
import { ranking } from '../api/queries';
import type { RankedEnterprise } from '../api/types';
import { card } from '../components/card';
import { h } from '../components/dom';
import { withStates } from '../components/states';
import { dataTable } from '../components/table';
import { formatNumber } from '../i18n/format';
import { enumLabel, named, t } from '../i18n/i18n';
import { navigate, updateParams } from '../router';

/**
 * Scaffold of the matchmaking workspace: candidates by granted inventions, filterable by district (?district=).
 * The matchmaking API (branch `matching`) will add the matches and their explanations here.
 */
export function render(main: HTMLElement, params: Record<string, string>): void {
  const list = h('div', {});
  const select = h('select', { 'aria-label': t('matching.district'), onchange: () => load() }, h('option', { value: '' }, t('matching.all')));
  const load = () => {
    updateParams({ district: select.value || null });
    void withStates(list, () => ranking('GRANTED_INVENTION_COUNT', 50, select.value, true), table);
  };
  void graphql<{ districts: { adcode: string; name: string; nameEn: string }[] }>('{ districts { adcode name nameEn } }')
    .then((d) => {
      select.append(...d.districts.map((x) => h('option', { value: x.adcode, selected: x.adcode === params.district }, named(x))));
    })
    .finally(load);
  main.replaceChildren(
    h('div', { class: 'page-head' }, h('h1', {}, t('matching.title'))),
    h('p', { class: 'intro' }, t('matching.intro')),
    card(t('matching.candidates'), h('div', {}, h('label', { class: 'inline' }, t('matching.district'), ' ', select), list), { wide: true }));
}

function table(rows: RankedEnterprise[]): HTMLElement {
  return dataTable<RankedEnterprise>(t('matching.candidates'), [
    { label: t('field.rank'), value: (r) => r.rank, numeric: true },
    { label: t('field.name'), value: (r) => r.enterprise.name, render: (r) => h('a', { href: `?view=enterprise&uscc=${r.enterprise.uscc}`,
      onclick: (e: Event) => { e.preventDefault(); navigate('enterprise', { uscc: r.enterprise.uscc }); } }, r.enterprise.name) },
    { label: t('field.district'), value: (r) => named(r.enterprise.district) },
    { label: t('field.industry'), value: (r) => named(r.enterprise.industry) },
    { label: t('field.srdiLevel'), value: (r) => enumLabel('srdi', r.enterprise.srdiLevel) },
    { label: t('kpi.grantedInventions'), value: (r) => r.value, render: (r) => formatNumber(r.value), numeric: true },
    { label: t('enterprise.servedBy'), value: (r) => (r.enterprise.servedBy ?? []).map((s) => s.institution.name).join('; '),
      render: (r) => (r.enterprise.servedBy ?? []).length ? (r.enterprise.servedBy ?? []).map((s) => s.institution.name).join('、')
        : h('span', { class: 'badge' }, t('matching.unserved')) },
  ], rows);
}
