// Signing in to the dashboard in a real headless Chromium, with sign-in on and no anonymous role (SignInE2EIT
// starts such an API and sets the variables below; without them these tests are skipped):
// - the dashboard on ANOTHER origin (a static server on SITE_PORT serving SITE_DIR, config.json -> the API):
//   token sign-in through /auth/token, kept in sessionStorage, revoked at sign-out;
// - the dashboard served by the API itself: the session cookie of /login.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { BASE_URL, SCREENSHOTS, startBrowser } from './browser.mjs';
import { startStaticSite } from './staticSite.mjs';

const { SIGN_IN_USERNAME: USERNAME, SIGN_IN_PASSWORD: PASSWORD, SITE_DIR, SITE_PORT } = process.env;
const skip = !USERNAME || !PASSWORD || !SITE_DIR || !SITE_PORT
  ? 'SignInE2EIT sets SIGN_IN_USERNAME, SIGN_IN_PASSWORD, SITE_DIR and SITE_PORT' : false;
const API_URL = BASE_URL.replace(/\/$/, '');
const SITE_URL = `http://127.0.0.1:${SITE_PORT}/`;

let browser;
let site;
const problems = [];

before(async () => {
  if (skip) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await startBrowser();
  site = await startStaticSite(SITE_DIR, Number(SITE_PORT), API_URL);
});

after(async () => {
  await browser?.close();
  site?.close();
});

async function newPage() {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => problems.push(`page error: ${e.message} (${page.url()})\n${e.stack}`));
  return page;
}

async function shoot(page, name) {
  await page.waitForTimeout(600);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function fillSignIn(page, password) {
  await page.locator('#signin-username').fill(USERNAME);
  await page.locator('#signin-password').fill(password);
  await page.locator('#signin-password').press('Enter'); // keyboard only
}

/** The number of firms as the API counts them, asked with a token of our own. */
async function enterpriseCount() {
  const signIn = await fetch(`${API_URL}/auth/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
  });
  const { token } = await signIn.json();
  const response = await fetch(`${API_URL}/graphql`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ programmeKpis { enterprises } }' }),
  });
  const count = (await response.json()).data.programmeKpis.enterprises;
  await fetch(`${API_URL}/auth/token`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
  return count;
}

test('a dashboard on another origin signs in with a token, shows data, and signs out', { skip }, async () => {
  assert.notEqual(new URL(SITE_URL).origin, new URL(BASE_URL).origin);
  const page = await newPage();
  await page.goto(SITE_URL);
  await page.locator('#signin-title').waitFor();
  assert.equal(await page.locator('#signin-title').innerText(), '登录知桥');

  await fillSignIn(page, 'not-the-password');
  await page.locator('.signin-error', { hasText: '用户名或密码错误' }).waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  await shoot(page, 'signin-cross-origin-wrong-password');

  await fillSignIn(page, PASSWORD);
  await page.locator('.account-name', { hasText: USERNAME }).waitFor();
  await page.locator('[data-kpi="enterprises"] .kpi-value').waitFor();
  assert.equal(await page.locator('[data-kpi="enterprises"] .kpi-value').innerText(),
    new Intl.NumberFormat('zh-CN').format(await enterpriseCount()));
  const token = await page.evaluate(() => sessionStorage.getItem('ipbridge.signInToken'));
  assert.match(token, /^ipbs_/);
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing kept in localStorage');
  await shoot(page, 'signin-cross-origin-signed-in');

  // Another page of the dashboard works with the same token.
  await page.locator('[data-view="lists"]').click();
  await page.locator('.account-name', { hasText: USERNAME }).waitFor();

  // A report download from another origin carries the token (a plain link could not): a real workbook arrives.
  await page.locator('[data-view="reports"]').click();
  const xlsxLink = page.locator('[data-report-link="xlsx"]');
  await xlsxLink.waitFor();
  const [xlsx] = await Promise.all([page.waitForEvent('download'), xlsxLink.click()]);
  assert.match(xlsx.suggestedFilename(), /^\d{4}-\d{2}-\d{2}\.xlsx$/);
  assert.equal(readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1'), 'PK', 'an XLSX (ZIP), not an error');

  await page.locator('.sign-out').click();
  await page.locator('#signin-title').waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.getItem('ipbridge.signInToken')), null);
  const reused = await fetch(`${API_URL}/graphql`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { username } }' }),
  });
  assert.equal(reused.status, 401, 'the token is revoked at sign-out');
  await shoot(page, 'signin-cross-origin-signed-out');
  await page.close();
});

test('the sign-in form speaks English on request', { skip }, async () => {
  const page = await newPage();
  await page.goto(`${SITE_URL}?lang=en`);
  await page.locator('#signin-title', { hasText: 'Sign in to IPBridge' }).waitFor();
  await fillSignIn(page, 'not-the-password');
  await page.locator('.signin-error', { hasText: 'Wrong username or password' }).waitFor();
  await shoot(page, 'signin-en-wrong-password');
  await page.close();
});

test('the dashboard served by the API signs in to a session cookie and out', { skip }, async () => {
  const page = await newPage();
  await page.goto(BASE_URL);
  await page.locator('#signin-title').waitFor();
  await fillSignIn(page, 'not-the-password');
  await page.locator('.signin-error', { hasText: '用户名或密码错误' }).waitFor();
  await fillSignIn(page, PASSWORD);
  await page.locator('.account-name', { hasText: USERNAME }).waitFor();
  await page.locator('[data-kpi="enterprises"] .kpi-value').waitFor();
  const cookies = await browser.context.cookies(BASE_URL);
  assert.ok(cookies.some((c) => c.name === 'JSESSIONID' && c.httpOnly), 'an httpOnly session cookie');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'no token on the same origin');
  await shoot(page, 'signin-same-origin-signed-in');

  await page.reload(); // the session survives a reload
  await page.locator('.account-name', { hasText: USERNAME }).waitFor();

  await page.locator('.sign-out').click();
  await page.locator('#signin-title').waitFor();
  await page.reload();
  await page.locator('#signin-title').waitFor(); // signed out on the server, not just on the page
  await page.close();
});

test('no page error while signing in', { skip }, () => {
  assert.deepEqual(problems, []);
});
