import { search } from '../api/queries';
import type { SearchHit } from '../api/types';
import { h } from '../components/dom';
import { errorMessage } from '../components/states';
import { t } from '../i18n/i18n';

/** Debounces calls: only the last call within {@code ms} runs. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

/**
 * A search field with suggestions from the API's full-text search as one types (arrow keys and Enter pick one).
 * {@code onPick} gets a chosen hit; {@code onSubmit} the text when Enter is pressed without a suggestion.
 */
export function searchBox(options: { kinds: string[]; id?: string; placeholder: string; initial?: string; label: string;
  onPick: (hit: SearchHit) => void; onSubmit?: (text: string) => void }): HTMLElement {
  const listId = options.id ?? `suggest-${options.kinds.join('-').toLowerCase()}`;
  const input = h('input', { type: 'search', class: 'search-input', placeholder: options.placeholder, value: options.initial ?? '',
    role: 'combobox', 'aria-expanded': 'false', 'aria-controls': listId, 'aria-autocomplete': 'list', 'aria-label': options.label,
    autocomplete: 'off' });
  const list = h('ul', { id: listId, class: 'suggestions', role: 'listbox', hidden: true });
  const note = h('div', { class: 'search-note', role: 'status', 'aria-live': 'polite' });
  let hits: SearchHit[] = [];
  let active = -1;
  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; };
  const paint = () => {
    list.replaceChildren(...hits.map((hit, i) => h('li', { role: 'option', id: `${listId}-${i}`, class: i === active ? 'active' : '',
      'aria-selected': i === active ? 'true' : 'false', onmousedown: (e: Event) => { e.preventDefault(); close(); options.onPick(hit); } },
      h('span', {}, hit.label), h('small', {}, hit.key))));
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const suggest = debounce(async (text: string) => {
    if (text.trim().length === 0) { hits = []; paint(); return; }
    try {
      hits = await search(text.trim(), options.kinds, 8);
      note.textContent = '';
    } catch (e) {
      hits = [];
      note.textContent = errorMessage(e);
    }
    active = -1;
    paint();
  }, 200);
  input.addEventListener('input', () => suggest(input.value));
  input.addEventListener('blur', () => setTimeout(close, 100));
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && hits.length) { active = (active + 1) % hits.length; paint(); e.preventDefault(); }
    else if (e.key === 'ArrowUp' && hits.length) { active = (active - 1 + hits.length) % hits.length; paint(); e.preventDefault(); }
    else if (e.key === 'Escape') close();
    else if (e.key === 'Enter') {
      e.preventDefault();
      if (active >= 0 && hits[active]) { close(); options.onPick(hits[active]); }
      else { close(); options.onSubmit?.(input.value.trim()); }
    }
  });
  const button = options.onSubmit
    ? h('button', { type: 'button', class: 'button primary', onclick: () => { close(); options.onSubmit?.(input.value.trim()); } }, t('enterprise.search'))
    : null;
  return h('div', { class: 'search-box' }, h('div', { class: 'search-row' }, input, button), list, note);
}
