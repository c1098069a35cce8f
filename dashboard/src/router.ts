/**
 * The page state lives in the URL query (?view=enterprise&uscc=…&lang=en), so any view can be shared by its
 * address and works on a static host without server-side routes.
 */
export type View = 'overview' | 'enterprise' | 'explorer' | 'matching' | 'lists' | 'events' | 'reports';

export const VIEWS: View[] = ['overview', 'enterprise', 'explorer', 'matching', 'lists', 'events', 'reports'];

export interface PageState {
  view: View;
  params: Record<string, string>;
}

export function parseState(search: string): PageState {
  const query = new URLSearchParams(search);
  const raw = query.get('view') ?? 'overview';
  const view = (VIEWS as string[]).includes(raw) ? (raw as View) : 'overview';
  const params: Record<string, string> = {};
  query.forEach((value, key) => {
    if (key !== 'view' && value !== '') params[key] = value;
  });
  return { view, params };
}

export function stateToSearch(state: PageState): string {
  const query = new URLSearchParams();
  if (state.view !== 'overview') query.set('view', state.view);
  for (const key of Object.keys(state.params).sort()) {
    const value = state.params[key];
    if (value !== '' && value != null) query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

type Listener = (state: PageState) => void;
let listener: Listener = () => {};

export function onNavigate(l: Listener): void {
  listener = l;
  window.addEventListener('popstate', () => listener(current()));
}

export function current(): PageState {
  return parseState(window.location.search);
}

/** Goes to a view (a new history entry), keeping the language. */
export function navigate(view: View, params: Record<string, string> = {}): void {
  const lang = current().params.lang;
  const next = { view, params: lang ? { ...params, lang } : params };
  window.history.pushState(null, '', stateToSearch(next) || window.location.pathname);
  listener(next);
}

/** Changes parameters of the current view in place (no new history entry, no re-render). */
export function updateParams(changes: Record<string, string | null>): void {
  const state = current();
  for (const [key, value] of Object.entries(changes)) {
    if (value == null || value === '') delete state.params[key];
    else state.params[key] = value;
  }
  window.history.replaceState(null, '', stateToSearch(state) || window.location.pathname);
}
