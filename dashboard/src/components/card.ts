import { h } from './dom';

/** A titled panel of a page. */
export function card(title: string, body: Node, options: { id?: string; wide?: boolean; actions?: Node } = {}): HTMLElement {
  return h('section', { class: `card${options.wide ? ' wide' : ''}`, id: options.id, 'aria-label': title },
    h('header', { class: 'card-head' }, h('h2', {}, title), options.actions ?? null),
    h('div', { class: 'card-body' }, body));
}
