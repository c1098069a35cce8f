import { ipcChildren } from '../api/queries';
import type { CountGroup } from '../api/types';
import { renderChart } from '../charts/render';
import { h } from '../components/dom';
import { empty, withStates } from '../components/states';
import { formatNumber } from '../i18n/format';
import { named, t } from '../i18n/i18n';
import { updateParams } from '../router';
import { ancestry, ipcTreemap } from './chartSpecs';

/** The IPC treemap: sections first; clicking a tile drills down to its children (kept in the URL as ?ipc=). */
export function ipcPanel(sections: CountGroup[], start: string | undefined): HTMLElement {
  const crumbs = h('nav', { class: 'crumbs', 'aria-label': 'IPC' });
  const area = h('div', { class: 'chart-area' });
  const box = h('div', {}, crumbs, area);
  const show = (path: string[]) => {
    const parent = path[path.length - 1];
    updateParams({ ipc: parent ?? null });
    crumbs.replaceChildren(
      h('span', {}, t('overview.ipcHint')),
      h('button', { type: 'button', class: 'link', onclick: () => show([]) }, t('overview.ipcTop')),
      ...path.map((code, i) => h('button', { type: 'button', class: 'link', onclick: () => show(path.slice(0, i + 1)) }, ` › ${code}`)));
    const load = parent ? () => ipcChildren(parent) : () => Promise.resolve(sections);
    void withStates(area, load, (groups) => {
      if (groups.length === 0) return empty();
      const chart = h('div', { class: 'chart', 'data-testid': 'ipc-treemap' });
      const drill = (key: string) => { if (key.length < 4) show([...path, key]); };
      queueMicrotask(() => renderChart(chart, ipcTreemap(groups, t('kpi.patents')), (_name, data) => {
        const key = (data as { key?: string }).key;
        if (key) drill(key);
      }));
      // The same drill-down for the keyboard and screen readers: one button per tile.
      const chips = h('div', { class: 'chips' }, ...groups.slice(0, 12).map((g) => h('button', {
        type: 'button', class: 'chip', 'data-ipc': g.key, disabled: g.key.length >= 4, title: named(g),
        onclick: () => drill(g.key) }, `${g.key} · ${formatNumber(g.count)}`)));
      return h('div', {}, chart, chips);
    });
  };
  show(start ? ancestry(start) : []);
  return box;
}

