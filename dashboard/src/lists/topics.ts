import { graphqlEndpoint } from '../api/config';
import { signedLink } from '../api/download';
import { defineTopic, refreshTopic, topic, topicExportUrl } from '../api/lists';
import type { Bucket, Topic } from '../api/matchTypes';
import { card } from '../components/card';
import { h } from '../components/dom';
import { empty, errorMessage, withStates } from '../components/states';
import { dataTable } from '../components/table';
import { formatDate, formatNumber } from '../i18n/format';
import { t } from '../i18n/i18n';
import { navigate } from '../router';
import { topicInput } from './topicForm';

function field(label: string, name: string, value = ''): HTMLElement {
  return h('label', {}, h('span', { class: 'muted' }, label), h('input', { type: 'text', name, value, 'data-testid': `topic-${name}` }));
}

/** Defines a topic (then refreshes it) and opens it by name (?topic=). */
export function topicForm(params: Record<string, string>): HTMLElement {
  const status = h('div', { class: 'muted', role: 'status', 'aria-live': 'polite' });
  const form = h('form', { class: 'topic-form', onsubmit: async (e: Event) => {
    e.preventDefault();
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    if (!name) return;
    status.textContent = t('loading');
    try {
      await defineTopic(name, topicInput({ ipc: String(data.get('ipc')), keywords: String(data.get('keywords')), districts: String(data.get('districts')) }));
      await refreshTopic(name);
      navigate('lists', { ...params, topic: name });
    } catch (err) {
      status.textContent = errorMessage(err);
    }
  } },
  field(t('lists.topicName'), 'name', params.topic ?? ''), field(t('lists.ipc'), 'ipc'), field(t('lists.keywords'), 'keywords'),
  field(t('lists.districts'), 'districts'),
  h('div', { class: 'button-row' },
    h('button', { type: 'submit', class: 'button', 'data-action': 'define-topic' }, t('lists.define')),
    h('button', { type: 'button', class: 'button', 'data-action': 'open-topic', onclick: () => {
      const name = (form.elements.namedItem('name') as HTMLInputElement).value.trim();
      if (name) navigate('lists', { ...params, topic: name });
    } }, t('lists.open'))),
  status);
  return form;
}

const buckets = (title: string, rows: Bucket[]) => dataTable<Bucket>(title, [
  { label: title, value: (b) => b.key },
  { label: t('field.value'), value: (b) => b.count, render: (b) => formatNumber(b.count), numeric: true },
], rows);

function topicView(tp: Topic, refresh: () => void): HTMLElement {
  const base = new URL(graphqlEndpoint(), window.location.href).href;
  const q = tp.query;
  const definition = [...q.ipcClasses, ...q.keywords, ...q.districts, ...q.applicants].join('、') || '—';
  return h('div', { 'data-testid': 'topic' },
    h('p', {}, h('strong', {}, tp.name), ` · ${definition} · ${formatNumber(tp.size)} · `,
      h('span', { class: 'muted' }, tp.refreshed ? `${t('lists.refreshed')} ${formatDate(tp.refreshed.slice(0, 10))}` : t('lists.never'))),
    h('div', { class: 'button-row wrap' },
      h('button', { type: 'button', class: 'button', 'data-action': 'refresh-topic', onclick: refresh }, t('lists.refresh')),
      h('span', { class: 'muted' }, t('lists.download')),
      signedLink(h('a', { class: 'button small', href: topicExportUrl(tp.name, 'csv', base), download: '', 'data-export-link': 'csv' }, 'CSV')),
      signedLink(h('a', { class: 'button small', href: topicExportUrl(tp.name, 'xlsx', base), download: '', 'data-export-link': 'xlsx' }, 'Excel'))),
    h('div', { class: 'grid' },
      card(t('lists.byYear'), buckets(t('lists.byYear'), tp.statistics.byYear)),
      card(t('lists.topApplicants'), buckets(t('lists.topApplicants'), tp.statistics.topApplicants)),
      card(t('lists.topIpc'), buckets(t('lists.topIpc'), tp.statistics.topIpcSubclasses))));
}

/** The topic named in the URL, with its statistics and export links. */
export function topicPanel(params: Record<string, string>): HTMLElement {
  const box = h('div', {});
  if (!params.topic) return box;
  const name = params.topic;
  const show = (work: () => Promise<Topic | null>) => void withStates(box, work,
    (tp) => (tp ? topicView(tp, () => show(() => refreshTopic(name))) : empty(t('lists.notFound', { name }))));
  show(() => topic(name));
  return box;
}
