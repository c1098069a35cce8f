import './styles.css';

import { loadConfig } from './api/config';
import { disposeCharts } from './charts/live';
import { layout } from './components/layout';
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

async function show(state: PageState): Promise<void> {
  setLang(state.params.lang === 'en' ? 'en' : 'zh');
  disposeCharts();
  const root = document.getElementById('app')!;
  const main = layout(root, state.view);
  const page = await pages[state.view]();
  await page.render(main, state.params);
}

async function start(): Promise<void> {
  await loadConfig();
  onNavigate((state) => void show(state));
  await show(current());
}

void start();
