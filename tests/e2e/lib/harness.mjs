// The browser test harness shared by tests/e2e, scripts/screenshots.sh and bench/web_bench.mjs:
// starts a real `steward serve --demo` on a free loopback port with a fresh SQLite database, and
// Debian's Chromium (headless, fresh profile) through playwright-core. Nothing is mocked.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const webDir = join(repoRoot, 'web');
const webRequire = createRequire(join(webDir, 'package.json'));

// playwright-core and axe-core come from web/node_modules (installed by scripts/setup.sh).
export function loadPlaywright() {
  try {
    return webRequire('playwright-core');
  } catch {
    throw new Error('playwright-core is not installed: run scripts/setup.sh (npm ci in web/)');
  }
}

export const chromiumPath = process.env.STEWARD_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

// Returns the built steward binary: --steward PATH, $STEWARD_BIN or build/release, build/debug.
export function findSteward(argv = process.argv) {
  const flag = argv.indexOf('--steward');
  const candidates = [
    flag >= 0 ? argv[flag + 1] : undefined,
    process.env.STEWARD_BIN,
    join(repoRoot, 'build', 'release', 'src', 'cli', 'steward'),
    join(repoRoot, 'build', 'debug', 'src', 'cli', 'steward'),
  ].filter(Boolean);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`no steward binary; build it first (tried ${candidates.join(', ')})`);
  return found;
}

// Starts `steward serve --demo` on 127.0.0.1:0 with a fresh database. Resolves once it prints its
// address, with {url, stdout (all lines so far), stop()}.
export async function startSteward(stewardBin, { webRoot = join(webDir, 'dist'), demo = true } = {}) {
  if (!existsSync(join(webRoot, 'index.html'))) {
    throw new Error(`${webRoot}/index.html is missing: run npm run build in web/ (scripts/build.sh does)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'steward-e2e-'));
  const args = ['serve', '--listen', '127.0.0.1:0', '--database', `sqlite:${join(dir, 'steward.db')}`];
  if (demo) args.push('--demo');
  const child = spawn(stewardBin, args, {
    cwd: repoRoot,  // the demo reads policies/ from here
    env: { ...process.env, STEWARD_WEB_ROOT: webRoot },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = [];
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`steward serve did not start in 30 s:\n${stderr}`)), 30_000);
    let buffered = '';
    let listeningAt;
    let quiet;
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      let newline;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        lines.push(line);
        const match = /listening on (http:\/\/[^\s]+?)\/?$/.exec(line);
        if (match) {
          clearTimeout(timer);
          listeningAt = match[1];
        }
        if (listeningAt) {  // the demo sign-ins follow the address: wait until output pauses
          clearTimeout(quiet);
          quiet = setTimeout(() => resolveUrl(listeningAt), 1500);
        }
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`steward serve exited with ${code} before listening:\n${stderr}`));
    });
  });
  return {
    url,
    stdout: lines,
    stderr: () => stderr,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((done) => setTimeout(done, 15_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
      return child.exitCode;
    },
  };
}

// How long a locator waits before a test fails (STEWARD_E2E_WAIT_MS, default 90 s).
const kWaitMs = Number(process.env.STEWARD_E2E_WAIT_MS ?? 90_000);

// Launches headless Chromium (Playwright gives it a fresh temporary --user-data-dir). newPage()
// opens a page in its own browser context, so each signed-in user has a separate cookie jar;
// closing the page closes its context.
export async function launchBrowser({ viewport = { width: 1280, height: 900 } } = {}) {
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: run scripts/setup.sh (Debian package chromium)`);
  }
  const { chromium } = loadPlaywright();
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  return {
    browser,
    async newPage() {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      // A first post check or a screened import can take tens of seconds on a loaded 2-core
      // machine with the sanitizers on; a wait that long still ends a hung test.
      page.setDefaultTimeout(kWaitMs);
      page.once('close', () => { context.close().catch(() => {}); });
      return page;
    },
    async close() {
      await browser.close();
    },
  };
}

const axeSource = () => readFileSync(webRequire.resolve('axe-core/axe.min.js'), 'utf8');

// Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the page and returns its violations.
// axe is evaluated through the DevTools protocol, so the page's CSP stays in force.
export async function axeViolations(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.evaluate(axeSource());
  const result = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  return result.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

// Collects console errors, page errors and CSP violations of a page, for tests to assert on.
export function watchPage(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

// The demo logins `steward serve --demo` prints: "...the demo password PASSWORD (..." and then
// one line per login, "  username  role  school". Returns [{username, password, role, school}].
export function demoLogins(lines) {
  const password = lines.map((line) => /demo password (\S+)/.exec(line)?.[1]).find(Boolean);
  if (!password) return [];
  return lines
    .map((line) => /^\s{2}(\S+@\S+)\s+(\S+)\s+(.+?)\s*$/.exec(line))
    .filter(Boolean)
    .map(([, username, role, school]) => ({ username, password, role, school }));
}

// Returns the API paths the server documents (GET /api/openapi.json), to run only journeys whose
// API exists.
export async function apiPaths(url) {
  const response = await fetch(`${url}/api/openapi.json`);
  const document = await response.json();
  return new Set(Object.keys(document.paths ?? {}));
}
