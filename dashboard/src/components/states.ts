import { ApiError } from '../api/client';
import { t } from '../i18n/i18n';
import { h } from './dom';

/** Loading, empty and error states, always in words. */
export function loading(): HTMLElement {
  return h('div', { class: 'state state-loading', role: 'status', 'aria-live': 'polite' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('loading'));
}

export function empty(text: string = t('empty')): HTMLElement {
  return h('div', { class: 'state state-empty' }, text);
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError && error.kind === 'network') return t('error.network');
  if (error instanceof ApiError && error.kind === 'auth') return t('error.auth');
  const detail = error instanceof Error ? error.message : String(error);
  return t('error.api') + detail;
}

export function failure(error: unknown, retry?: () => void): HTMLElement {
  return h('div', { class: 'state state-error', role: 'alert' },
    h('span', {}, errorMessage(error)),
    retry ? h('button', { type: 'button', class: 'button', onclick: () => retry() }, t('retry')) : null);
}

/** Shows a loading state in {@code target} until {@code work} settles, then what {@code render} makes of it. */
export async function withStates<T>(target: HTMLElement, work: () => Promise<T>, render: (value: T) => Node): Promise<void> {
  target.replaceChildren(loading());
  try {
    const value = await work();
    target.replaceChildren(render(value));
  } catch (e) {
    target.replaceChildren(failure(e, () => void withStates(target, work, render)));
  }
}
