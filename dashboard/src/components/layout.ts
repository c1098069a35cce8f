import { lang, t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { current, navigate, stateToSearch, VIEWS, type View } from '../router';
import { h } from './dom';

/** The account in the top bar: a person who signed in (with sign-out), or nobody yet (with sign-in). */
export type SignedIn = { username: string; signOut: () => void } | { signIn: () => void };

/**
 * The frame of every page: brand, navigation, language switch, the signed-in account with sign-out, and the main
 * area it returns.
 */
export function layout(root: HTMLElement, view: View, user?: SignedIn): HTMLElement {
  const main = h('main', { id: 'main', class: 'main', tabindex: '-1' });
  const links = VIEWS.map((v) => {
    const href = stateToSearch({ view: v, params: lang() === 'en' ? { lang: 'en' } : {} }) || './';
    return h('a', {
      href, class: `nav-link${v === view ? ' active' : ''}`, 'aria-current': v === view ? 'page' : undefined,
      'data-view': v,
      onclick: (e: Event) => { e.preventDefault(); navigate(v); },
    }, t(`nav.${v}` as MessageKey));
  });
  const otherLang = lang() === 'zh' ? 'en' : 'zh';
  const state = current();
  const switchHref = stateToSearch({ view: state.view, params: { ...state.params, lang: otherLang === 'en' ? 'en' : '' } }) || './';
  root.replaceChildren(
    h('a', { href: '#main', class: 'skip-link' }, 'Skip to content'),
    h('header', { class: 'topbar' },
      h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '知'),
        h('div', {}, h('strong', {}, t('appName')), h('small', {}, t('appTagline')))),
      h('nav', { class: 'nav', 'aria-label': 'Main' }, ...links),
      user && 'signOut' in user ? h('div', { class: 'account' },
        h('span', { class: 'account-name', title: t('auth.signedInAs') }, user.username),
        h('button', { type: 'button', class: 'sign-out', onclick: () => user.signOut() }, t('auth.signOut'))) : null,
      user && 'signIn' in user ? h('div', { class: 'account' },
        h('button', { type: 'button', class: 'sign-out sign-in', onclick: () => user.signIn() }, t('auth.submit'))) : null,
      h('a', { class: 'lang-switch', href: switchHref, hreflang: otherLang, 'data-lang': otherLang }, t('switchLanguage'))),
    main);
  return main;
}
