// Starts Debian's Chromium (never a downloaded one) headless with a fresh, empty profile.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8080/').replace(/\/?$/, '/');
export const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? 'target/screenshots';

export async function startBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'ipbridge-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Asks the API directly, to compare what the page shows with the real numbers. */
export async function api(query, variables = {}) {
  const response = await fetch(new URL('graphql', BASE_URL), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
