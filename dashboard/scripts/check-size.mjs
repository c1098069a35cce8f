// Fails the build when the built site outgrows its budget (gzip sizes, what a browser downloads).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = process.env.IPBRIDGE_OUT_DIR ?? 'dist';
const BUDGET = {
  // The app shell every page loads first, gzip.
  entryJs: 30 * 1024,
  // The largest single chunk (ECharts' used parts, or Cytoscape for the explorer), gzip.
  largestJs: 240 * 1024,
  // Every script together (explorer with Cytoscape and the XLSX writer load only when used), gzip.
  allJs: 420 * 1024,
  // Everything in the site including the district outlines, gzip.
  total: 480 * 1024,
};

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sizes = files(out).map((path) => ({ path: relative(out, path), gzip: gzipSync(readFileSync(path)).length }));
const sum = (list) => list.reduce((s, f) => s + f.gzip, 0);
const js = sizes.filter((f) => f.path.endsWith('.js'));
const entry = js.filter((f) => /assets\/index-[^/]+\.js$/.test(f.path));
const measured = { entryJs: sum(entry), largestJs: Math.max(...js.map((f) => f.gzip)), allJs: sum(js), total: sum(sizes) };
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
for (const f of js.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${f.path.padEnd(48)} ${kb(f.gzip)} gzip`);
let over = false;
for (const [name, limit] of Object.entries(BUDGET)) {
  const ok = measured[name] <= limit;
  over ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${kb(measured[name])} of ${kb(limit)} budget`);
}
if (over) {
  console.error('The dashboard is over its size budget (dashboard/scripts/check-size.mjs).');
  process.exit(1);
}
