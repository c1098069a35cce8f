import './styles.css';

import { isPerson, signOut, type Account } from './api/auth';
import { ApiError, graphql, onUnauthorised } from './api/client';
import { loadConfig } from './api/config';
import { disposeCharts } from './charts/live';
import { layout } from './components/layout';
import { failure } from './components/states';
import { setLang } from './i18n/i18n';
import { current, onNavigate, type PageState } from './router';

type PageModule = { render: (main: HTMLElement, params: Record<string, string>) => void | Promise<void> };

// Each page is its own chunk: the explorer's Cytoscape is loaded only when the explorer opens.
const pages: Record<PageState['view'], () => Promise<PageModule>> = {
  overview: () => import('./overview/overviewPage'),
  enterprise: () => import('./enterprise/enterprisePage'),
  explorer: () => import('./explorer/explorerPage'),
  matching: () => import('./matching/matchingPage'),
  lists: () => import('./lists/listsPage'),
  events: () => import('./events/eventsPage'),
  reports: () => import('./reports/reportsPage'),
};

/** Who is signed in; null until the API said (or when it answered 401). */
let account: Account | null = null;
/** The sign-in form is up: later 401s of the page it replaced must not draw it again over what is typed. */
let signingIn = false;

async function show(state: PageState): Promise<void> {
  setLang(state.params.lang === 'en' ? 'en' : 'zh');
  if (!account) return;
  disposeCharts();
  const root = document.getElementById('app')!;
  // Under the API's anonymous role (a public dashboard) a person may still sign in; with security off, nobody.
  const { username } = account;
  const user = isPerson(account) ? { username, signOut: () => void leave() }
    : username === 'anonymous' ? { signIn: () => void showSignIn() } : undefined;
  const main = layout(root, state.view, user);
  const page = await pages[state.view]();
  await page.render(main, state.params);
}

/** Asks the API who we are; a 401 shows the sign-in form instead (onUnauthorised). */
async function enter(): Promise<void> {
  signingIn = false;
  try {
    account = (await graphql<{ me: Account | null }>('{ me { username role } }')).me;
  } catch (e) {
    account = null;
    if (!(e instanceof ApiError && e.kind === 'auth')) {
      document.getElementById('app')!.replaceChildren(failure(e, () => void enter()));
    }
  }
  if (account) await show(current());
}

async function showSignIn(): Promise<void> {
  if (signingIn) return;
  signingIn = true;
  account = null;
  disposeCharts();
  setLang(current().params.lang === 'en' ? 'en' : 'zh');
  const form = await import('./auth/signInPage');
  form.render(document.getElementById('app')!, () => void enter());
}

async function leave(): Promise<void> {
  await signOut();
  await showSignIn();
}

async function start(): Promise<void> {
  await loadConfig();
  onUnauthorised(() => void showSignIn());
  onNavigate((state) => void (account ? show(state) : showSignIn()));
  await enter();
}

void start();
