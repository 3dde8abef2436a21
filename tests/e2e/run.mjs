// Browser tests: a real `steward serve --demo` and headless Chromium. Every screen visited is
// checked with axe-core (zero WCAG 2.2 AA violations) and for console errors and CSP violations.
// Usage: node tests/e2e/run.mjs [--steward PATH] [--only NAME]
// Exit 0 all passed, 1 a test failed, an endpoint a journey needs is missing, or nothing ran.
import assert from 'node:assert/strict';
import {
  apiPaths, axeViolations, demoLogins, findSteward, launchBrowser, startSteward, watchPage,
} from './lib/harness.mjs';
import { startSmtpSink } from './lib/smtp-sink.mjs';
import { journeys } from './journeys.mjs';
import { caseJourneys, kMetaAppSecret } from './journeys_cases.mjs';
import { caseStepJourneys } from './journeys_case_steps.mjs';
import { importJourneys } from './journeys_imports.mjs';
import { mediaJourneys } from './journeys_media.mjs';
import { postJourneys } from './journeys_posts.mjs';
import { schoolJourneys } from './journeys_school.mjs';
import { videoJourneys } from './journeys_video.mjs';

const tests = [];
const test = (name, body, needs = []) => tests.push({ name, body, needs });

// Visits nothing but the HTTP surface: headers, content types, caching, SPA fallback.
test('serves the front end with security headers, types and caching', async ({ url }) => {
  const index = await fetch(`${url}/`);
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /^text\/html/);
  const csp = index.headers.get('content-security-policy');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(index.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(index.headers.get('x-frame-options'), 'DENY');
  assert.ok(index.headers.get('referrer-policy'));
  assert.equal(index.headers.get('cache-control'), 'no-cache');
  const html = await index.text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline scripts');
  assert.doesNotMatch(html, /<style|style=/, 'no inline styles');
  const script = /<script[^>]*src="([^"]+)"/.exec(html)[1];
  const js = await fetch(`${url}${script}`);
  assert.equal(js.status, 200);
  assert.match(js.headers.get('content-type'), /^text\/javascript/);
  assert.match(js.headers.get('cache-control'), /immutable/);
  const app = await fetch(`${url}/schools/any-school/pupils`);
  assert.equal(app.status, 200, 'an app page falls back to index.html');
  assert.match(await app.text(), /<div id="app">/);
  const api = await fetch(`${url}/api/no/such/route`);
  assert.equal(api.status, 404);
  assert.equal((await api.json()).error.code, 'not_found');
  const traversal = await fetch(`${url}/assets/..%2f..%2f..%2fetc%2fpasswd`);
  assert.equal(traversal.status, 404);
  assert.equal((await fetch(`${url}/assets/missing-0000.js`)).status, 404);
});

test('sign-in page is accessible, CSP-clean and links each error to its field', async ({ url, browser }) => {
  const page = await browser.newPage();
  const problems = watchPage(page);
  await page.goto(`${url}/`);
  await page.getByRole('heading', { name: 'Sign in to Steward' }).waitFor();
  assert.ok(await page.evaluate(() => document.body.classList.contains('govuk-frontend-supported')));
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')), true,
    'the error summary takes focus');
  await summary.getByRole('link', { name: 'Enter your password' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'password');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByLabel('Username').fill('nobody-here');
  await page.getByLabel('Password', { exact: true }).fill('wrong password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.govuk-error-summary li').first().waitFor();
  assert.equal(await page.getByLabel('Username').inputValue(), 'nobody-here', 'nothing lost');
  assert.deepEqual(problems.filter((p) => !/status of 40[14]/.test(p)), []);
  await page.close();
});

for (const journey of [...journeys, ...postJourneys, ...mediaJourneys, ...videoJourneys, ...importJourneys, ...caseJourneys, ...caseStepJourneys, ...schoolJourneys]) test(journey.name, journey.body, journey.needs);

async function main() {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  process.env.STEWARD_META_APP_SECRET = kMetaAppSecret;  // webhook journeys sign with it
  process.env.STEWARD_DUE_CHECK_SECONDS ??= '2';  // the overdue-comment journey waits for the due check
  // Mail is on, to a loopback sink: the delivery list shows sent mail and, for people with no
  // address, failed mail (the sender runs every second).
  const smtp = await startSmtpSink();
  process.env.STEWARD_SMTP_URL = smtp.url;
  process.env.STEWARD_MAIL_SECONDS ??= '1';
  const server = await startSteward(findSteward());
  const browser = await launchBrowser();
  const paths = await apiPaths(server.url);
  const logins = demoLogins(server.stdout);
  let failed = 0;
  let ran = 0;
  try {
    for (const { name, body, needs } of tests) {
      if (only && !name.includes(only)) continue;
      const missing = needs.filter((need) => (need === 'demo-logins' ? logins.length < 2 : !paths.has(need)));
      ran++;
      if (missing.length > 0) {
        // The screens call these endpoints: a server without them is a regression, not a skip.
        failed++;
        console.log(`not ok - ${name} (the server has no ${missing.join(', ')})`);
        continue;
      }
      const started = Date.now();
      try {
        await body({ url: server.url, browser, logins, server, smtp });
        console.log(`ok - ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed++;
        console.log(`not ok - ${name}\n${String(error.stack ?? error).replace(/^/gm, '    ')}`);
      }
    }
  } finally {
    await browser.close();
    const code = await server.stop();
    await smtp.close();
    if (code !== 0 && code !== null) {
      failed++;
      console.log(`not ok - steward serve exited with ${code} on SIGTERM\n${server.stderr()}`);
    }
  }
  console.log(`${ran - failed}/${ran} passed`);
  process.exit(failed > 0 || ran === 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(`e2e: ${error.stack ?? error}`);
  process.exit(1);
});
