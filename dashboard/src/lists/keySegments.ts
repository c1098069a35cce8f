import { keySegments, saveKeyList } from '../api/lists';
import type { KeySegmentGroup } from '../api/matchTypes';
import type { EnterpriseSummary } from '../api/types';
import { h } from '../components/dom';
import { errorMessage, withStates } from '../components/states';
import { dataTable } from '../components/table';
import { formatNumber } from '../i18n/format';
import { enumLabel, lang, named, t } from '../i18n/i18n';
import { navigate, updateParams } from '../router';

/** The key segments of an industry (or all): counts as tiles, the chosen segment's firms, saving it as a list. */
export function keySegmentPanel(params: Record<string, string>, industries: { code: string; name: string; nameEn: string }[]): HTMLElement {
  const body = h('div', {});
  const industry = h('select', { 'aria-label': t('lists.industry'), 'data-testid': 'segment-industry',
    onchange: () => navigate('lists', { ...params, industry: industry.value, segment: '' }) },
  h('option', { value: '' }, t('lists.allIndustries')),
  ...industries.map((i) => h('option', { value: i.code, selected: i.code === params.industry }, named(i))));
  void withStates(body, () => keySegments(params.industry), (groups) => segments(groups, params));
  return h('div', { class: 'lists-tools' }, h('label', { class: 'inline' }, t('lists.industry'), ' ', industry), body);
}

function segments(groups: KeySegmentGroup[], params: Record<string, string>): HTMLElement {
  const chosen = groups.find((g) => g.segment === params.segment) ?? groups[0];
  const tiles = h('div', { class: 'segments', role: 'group', 'aria-label': t('lists.segments') }, ...groups.map((g) =>
    h('button', { type: 'button', class: 'segment', 'aria-pressed': String(g === chosen), 'data-segment': g.segment, title: g.description,
      onclick: () => navigate('lists', { ...params, segment: g.segment }) },
    h('strong', {}, formatNumber(g.count)), enumLabel('segment', g.segment))));
  if (!chosen) return tiles;
  const status = h('span', { class: 'muted', role: 'status', 'aria-live': 'polite' });
  const name = h('input', { type: 'text', 'aria-label': t('lists.saveName'), 'data-testid': 'list-name',
    value: `${enumLabel('segment', chosen.segment)} ${new Date().toISOString().slice(0, 10)}` });
  const save = async () => {
    status.textContent = t('loading');
    try {
      const list = await saveKeyList(name.value.trim(), chosen.segment, params.industry);
      status.replaceChildren(t('lists.saved', { name: list.name, n: list.size }), ' ',
        h('a', { href: `?view=lists&list=${encodeURIComponent(list.name)}`, 'data-action': 'open-saved-list',
          onclick: (ev: Event) => { ev.preventDefault(); navigate('lists', { ...params, list: list.name }); } }, t('keylist.open')));
    } catch (e) {
      status.textContent = errorMessage(e);
    }
  };
  const title = `${t('lists.members')} · ${enumLabel('segment', chosen.segment)}`;
  updateParams({ segment: chosen.segment });
  return h('div', {}, tiles,
    lang() === 'en' ? h('p', { class: 'muted' }, chosen.description) : null,
    h('div', { class: 'button-row wrap' }, h('label', { class: 'inline' }, t('lists.saveName'), ' ', name),
      h('button', { type: 'button', class: 'button', 'data-action': 'save-list', onclick: () => void save() }, t('lists.save')), status),
    dataTable<EnterpriseSummary>(title, [
      { label: t('field.name'), value: (e) => e.name, render: (e) => h('a', { href: `?view=enterprise&uscc=${e.uscc}`,
        onclick: (ev: Event) => { ev.preventDefault(); navigate('enterprise', { uscc: e.uscc }); } }, e.name) },
      { label: t('field.district'), value: (e) => named(e.district) },
      { label: t('field.industry'), value: (e) => named(e.industry) },
      { label: t('field.srdiLevel'), value: (e) => enumLabel('srdi', e.srdiLevel) },
    ], chosen.members.edges.map((x) => x.node)));
}
