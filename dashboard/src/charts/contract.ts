/** The one typed contract every chart is drawn from; each kind has its own file that turns it into ECharts options. */
export interface Series {
  name: string;
  values: number[];
}

export interface BarSpec {
  kind: 'bar';
  categories: string[];
  series: Series[];
  stacked?: boolean;
  horizontal?: boolean;
}

export interface MapSpec {
  kind: 'map';
  /** Region name as in the GeoJSON (Chinese), the name to show, and the value. */
  regions: { geoName: string; label: string; value: number }[];
  seriesName: string;
}

export interface TreemapSpec {
  kind: 'treemap';
  seriesName: string;
  nodes: { key: string; label: string; value: number }[];
}

export interface PieSpec {
  kind: 'pie';
  seriesName: string;
  slices: { label: string; value: number }[];
}

/** Lines over categories (e.g. months); a series may be dashed (a target) and drawn against the right-hand axis. */
export interface LineSpec {
  kind: 'line';
  categories: string[];
  series: (Series & { dashed?: boolean; rightAxis?: boolean; color?: string })[];
}

export type ChartSpec = BarSpec | MapSpec | TreemapSpec | PieSpec | LineSpec;

/** Formats numbers in tooltips and labels for the current language. */
export type NumberFormat = (value: number) => string;

export const PALETTE = ['#1f5fa8', '#e07b39', '#2a9d8f', '#8d6cab', '#c8553d', '#5c946e', '#d4a017', '#6c757d'];
