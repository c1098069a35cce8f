import { assignOfficerToKeyList, keyList, type KeyListView, type Officer } from '../api/work';
import { h } from '../components/dom';
import { empty, errorMessage, withStates } from '../components/states';
import { dataTable } from '../components/table';
import { formatNumber } from '../i18n/format';
import { enumLabel, t } from '../i18n/i18n';
import { navigate } from '../router';
import { officerPicker } from './officerPicker';

function listView(list: KeyListView, params: Record<string, string>): HTMLElement {
  const status = h('span', { class: 'muted', role: 'status', 'aria-live': 'polite', 'data-testid': 'assign-status' },
    params.assigned ? t('keylist.assigned', { officer: params.assigned, name: list.name }) : '');
  let picked: Officer | null = null;
  const picker = officerPicker((o) => { picked = o; });
  const assign = async () => {
    if (!picked) {
      status.textContent = t('keylist.pickFirst');
      return;
    }
    const id = picked.id;
    status.textContent = t('loading');
    try {
      const updated = await assignOfficerToKeyList(list.name, id);
      navigate('lists', { ...params, list: updated.name, assigned: id });
    } catch (e) {
      status.textContent = errorMessage(e);
    }
  };
  return h('div', { 'data-testid': 'key-list' },
    h('p', {}, h('strong', {}, list.name), ` · ${enumLabel('segment', list.segment)} · ${t('keylist.size')} ${formatNumber(list.size)}`),
    dataTable<Officer>(`${list.name} ${t('work.officers')}`, [
      { label: t('work.officerId'), value: (o) => o.id },
      { label: t('work.officerName'), value: (o) => o.name },
    ], list.officers),
    h('div', { class: 'button-row wrap' },
      h('label', { class: 'inline' }, t('keylist.officer'), ' ', picker),
      h('button', { type: 'button', class: 'button', 'data-action': 'assign-officer', onclick: () => void assign() }, t('keylist.assign')),
      status),
    h('details', {}, h('summary', {}, `${t('keylist.members')} (${formatNumber(list.size)})`),
      dataTable<{ uscc: string; name: string }>(`${list.name} ${t('keylist.members')}`, [
        { label: t('field.uscc'), value: (e) => e.uscc },
        { label: t('field.name'), value: (e) => e.name },
      ], list.members.edges.map((x) => x.node))));
}

/** ?view=lists&list=<name>: a saved key list, the officers responsible for it, and assigning one more. */
export function keyListOfficers(params: Record<string, string>): HTMLElement {
  const name = h('input', { type: 'text', 'aria-label': t('keylist.name'), 'data-testid': 'open-list-name', value: params.list ?? '' });
  const body = h('div', {});
  if (params.list) {
    void withStates(body, () => keyList(params.list), (list) => (list ? listView(list, params) : empty(t('keylist.notFound', { name: params.list }))));
  } else {
    body.append(h('p', { class: 'muted' }, t('keylist.hint')));
  }
  return h('div', {},
    h('form', { class: 'button-row wrap', onsubmit: (e: Event) => { e.preventDefault(); navigate('lists', { ...params, list: name.value.trim() }); } },
      h('label', { class: 'inline' }, t('keylist.name'), ' ', name),
      h('button', { type: 'submit', class: 'button', 'data-action': 'open-list' }, t('keylist.open'))),
    body);
}
