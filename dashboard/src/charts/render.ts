import { BarChart, LineChart, MapChart, PieChart, TreemapChart } from 'echarts/charts';
import { GeoComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

import { formatNumber } from '../i18n/format';
import { barOption } from './bar';
import type { ChartSpec } from './contract';
import { lineOption } from './line';
import { track } from './live';
import { mapOption, SHANGHAI } from './map';
import { pieOption } from './pie';
import { treemapOption } from './treemap';

// Only the parts the dashboard draws, not the whole library.
echarts.use([BarChart, LineChart, MapChart, PieChart, TreemapChart, GeoComponent, GridComponent, LegendComponent,
  TooltipComponent, VisualMapComponent, CanvasRenderer]);

let shanghai: Promise<void> | null = null;

/** Loads and registers the district outlines once (geo/shanghai-districts.geojson, beside index.html). */
export function loadShanghai(): Promise<void> {
  shanghai ??= fetch('geo/shanghai-districts.geojson')
    .then((r) => {
      if (!r.ok) throw new Error(`geo/shanghai-districts.geojson: HTTP ${r.status}`);
      return r.json();
    })
    .then((geo) => echarts.registerMap(SHANGHAI, geo));
  return shanghai;
}

export function optionFor(spec: ChartSpec): Record<string, unknown> {
  const format = (v: number) => formatNumber(v);
  switch (spec.kind) {
    case 'bar': return barOption(spec, format);
    case 'map': return mapOption(spec, format);
    case 'treemap': return treemapOption(spec, format);
    case 'pie': return pieOption(spec, format);
    case 'line': return lineOption(spec, format);
  }
}

/**
 * Draws {@code spec} into {@code el}; {@code onPick} gets the clicked item's name and data. Draws nothing when
 * {@code el} has left the page (a page left before its data or the district outlines arrived): ECharts cannot lay
 * out a detached element, and a chart made there would outlive the page.
 */
export function renderChart(el: HTMLElement, spec: ChartSpec, onPick?: (name: string, data: unknown) => void): echarts.ECharts | null {
  if (!el.isConnected) return null;
  echarts.getInstanceByDom(el)?.dispose();
  const chart = echarts.init(el, undefined, { renderer: 'canvas' });
  chart.setOption(optionFor(spec) as echarts.EChartsCoreOption);
  if (onPick) chart.on('click', (p) => onPick(p.name, p.data));
  el.setAttribute('data-chart', spec.kind);
  el.setAttribute('role', 'img');
  track(chart);
  return chart;
}
