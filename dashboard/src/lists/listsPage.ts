import { graphql } from '../api/client';
import { card } from '../components/card';
import { h } from '../components/dom';
import { withStates } from '../components/states';
import { t } from '../i18n/i18n';
import { keyListOfficers } from './keyListOfficers';
import { keySegmentPanel } from './keySegments';
import { topicForm, topicPanel } from './topics';

/** ?view=lists&industry=&segment=&list=&topic=: key-enterprise service lists and topic databases. */
export function render(main: HTMLElement, params: Record<string, string>): void {
  const segments = h('div', {});
  main.replaceChildren(
    h('div', { class: 'page-head' }, h('h1', {}, t('lists.title'))),
    card(t('lists.segments'), segments, { wide: true, id: 'segments' }),
    card(t('keylist.title'), keyListOfficers(params), { wide: true, id: 'key-list-officers' }),
    h('div', { class: 'grid topics' },
      card(t('lists.topics'), topicForm(params), { id: 'topics' }),
      card(params.topic ?? t('lists.topics'), topicPanel(params), { id: 'topic-view' })));
  void withStates(segments, () => graphql<{ industries: { code: string; name: string; nameEn: string }[] }>('{ industries { code name nameEn } }'),
    (d) => keySegmentPanel(params, d.industries));
}
