// Web front end figures: the gzipped size of the built JS and CSS (web/dist/assets), and the time
// to interactive of the home page in headless Chromium against a real `steward serve` on loopback.
// Time to interactive here = from navigation start until the page's main heading and its data (the
// sign-in button; the signed-in user's schools with their task counts and charts) are on screen and the last long task (> 50 ms on
// the main thread) has ended; cache disabled, median of the runs.
// Usage: node bench/web_bench.mjs [--steward PATH] [--runs N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  demoLogins, findSteward, launchBrowser, startSteward, webDir,
} from '../tests/e2e/lib/harness.mjs';
import { signIn } from '../tests/e2e/journeys.mjs';

const runs = Number(process.argv.includes('--runs') ? process.argv[process.argv.indexOf('--runs') + 1] : 10);

function bundleSizes() {
  const assets = join(webDir, 'dist', 'assets');
  const totals = { js: [0, 0], css: [0, 0] };
  for (const name of readdirSync(assets)) {
    const kind = name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : undefined;
    if (!kind) continue;
    const bytes = readFileSync(join(assets, name));
    totals[kind][0] += bytes.length;
    totals[kind][1] += gzipSync(bytes, { level: 9 }).length;
  }
  return totals;
}

async function timeToInteractive(page, url, heading, ready) {
  await page.goto(url);
  await page.getByRole('heading', { name: heading }).waitFor();
  await page.locator(ready).first().waitFor();
  await page.waitForTimeout(300);  // let any trailing long task finish and be reported
  return page.evaluate(([name]) => {
    const headingAt = window.__stewardHeadingAt ?? performance.now();
    const lastLongTask = (window.__stewardLongTasks ?? []).reduce((end, task) => Math.max(end, task.startTime + task.duration), 0);
    return { tti: Math.max(headingAt, lastLongTask), headingAt, name };
  }, [heading]);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// `source` is the harness browser (a fresh context) or a signed-in page's context.
// `ready` is a CSS selector that exists once the page's data has arrived (e.g. "main h2").
async function measure(source, url, heading, ready, runsWanted) {
  const page = await source.newPage();
  const context = page.context();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.addInitScript(([name, selector]) => {
    window.__stewardLongTasks = [];
    new PerformanceObserver((list) => window.__stewardLongTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
    new MutationObserver((_, observer) => {
      const found = [...document.querySelectorAll('h1')].some((h1) => h1.textContent.trim() === name)
        && document.querySelector(selector) !== null;
      if (found) { window.__stewardHeadingAt = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, [heading, ready]);
  const samples = [];
  for (let run = 0; run < runsWanted; run++) samples.push((await timeToInteractive(page, url, heading, ready)).tti);
  await page.close();
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

async function main() {
  const sizes = bundleSizes();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`bundle: JS ${kb(sizes.js[0])} (${kb(sizes.js[1])} gzipped), CSS ${kb(sizes.css[0])} (${kb(sizes.css[1])} gzipped)`);
  const server = await startSteward(findSteward());
  const browser = await launchBrowser();
  try {
    const signedOut = await measure(browser, `${server.url}/`, 'Sign in to Steward', 'main form button', runs);
    console.log(`time to interactive, home page signed out (sign-in screen): median ${signedOut.median.toFixed(0)} ms (min ${signedOut.min.toFixed(0)}, max ${signedOut.max.toFixed(0)}, ${runs} runs)`);
    const logins = demoLogins(server.stdout);
    if (logins.length > 0) {
      const page = await browser.newPage();
      try {
        await signIn(page, server.url, logins[0]);
        const home = await measure(page.context(), `${server.url}/`, 'My tasks', 'main section[data-tasks-loaded]', runs);
        console.log(`time to interactive, home page signed in (my tasks): median ${home.median.toFixed(0)} ms (min ${home.min.toFixed(0)}, max ${home.max.toFixed(0)}, ${runs} runs)`);
      } catch (error) {
        console.log(`signed-in home page not measured: ${error.message.split('\n')[0]}`);
      }
      await page.close();
    } else {
      console.log('signed-in home page not measured: the server printed no demo logins');
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => { console.error(error.stack ?? error); process.exit(1); });
