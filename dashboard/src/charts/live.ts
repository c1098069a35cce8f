/** The charts on screen, without importing ECharts: the app shell frees them on leaving a page. */
interface Disposable {
  dispose(): void;
  resize(): void;
}

const live = new Set<Disposable>();
window.addEventListener('resize', () => live.forEach((c) => c.resize()));

export function track(chart: Disposable): void {
  live.add(chart);
}

export function disposeCharts(): void {
  live.forEach((c) => c.dispose());
  live.clear();
}
