import { signIn, SignInError } from '../api/auth';
import { h } from '../components/dom';
import { lang, t } from '../i18n/i18n';
import { current, stateToSearch } from '../router';

/** The words for a failed sign-in. */
export function signInFailure(error: unknown): string {
  if (error instanceof SignInError && error.reason === 'credentials') return t('auth.wrong');
  if (error instanceof SignInError && error.reason === 'rate') return t('auth.rate');
  return t('auth.failed') + (error instanceof Error ? error.message : String(error));
}

/**
 * The sign-in form, in place of the whole dashboard, shown when the API answers 401. {@code signedIn} runs once
 * the API accepted the account (the page the address asks for then opens).
 */
export function render(root: HTMLElement, signedIn: () => void): void {
  const username = h('input', { id: 'signin-username', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', {
    id: 'signin-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true,
  });
  const error = h('p', { class: 'signin-error', role: 'alert', 'aria-live': 'assertive' });
  const submit = h('button', { type: 'submit', class: 'button' }, t('auth.submit'));
  const form = h('form', { class: 'signin-form', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, t('auth.title')),
    h('p', {}, t('auth.intro')),
    h('label', { for: 'signin-username' }, t('auth.username')), username,
    h('label', { for: 'signin-password' }, t('auth.password')), password,
    error, submit);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    error.textContent = '';
    submit.disabled = true;
    submit.textContent = t('auth.working');
    signIn(username.value.trim(), password.value)
      .then(() => signedIn())
      .catch((failure: unknown) => {
        error.textContent = signInFailure(failure);
        password.value = '';
        password.focus();
      })
      .finally(() => {
        submit.disabled = false;
        submit.textContent = t('auth.submit');
      });
  });
  const state = current();
  const other = lang() === 'zh' ? 'en' : '';
  root.replaceChildren(h('div', { class: 'signin' },
    h('div', { class: 'brand signin-brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '知'),
      h('div', {}, h('strong', {}, t('appName')), h('small', {}, t('appTagline')))),
    form,
    h('a', {
      class: 'signin-lang', href: stateToSearch({ view: state.view, params: { ...state.params, lang: other } }) || './',
      hreflang: other || 'zh',
    }, t('switchLanguage'))));
  username.focus();
}
