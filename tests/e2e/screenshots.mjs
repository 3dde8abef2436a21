// Saves screenshots of the main screens to docs/screenshots/, from a real `steward serve --demo`
// in headless Chromium (the browser tests' setup). Run by scripts/screenshots.sh.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { demoLogins, findSteward, launchBrowser, repoRoot, startSteward } from './lib/harness.mjs';
import { signIn } from './journeys.mjs';

const out = join(repoRoot, 'docs', 'screenshots');

async function shoot(page, name) {
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  console.log(`docs/screenshots/${name}.png`);
}

async function main() {
  mkdirSync(out, { recursive: true });
  const server = await startSteward(findSteward());
  const browser = await launchBrowser({ viewport: { width: 1100, height: 800 } });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'Sign in to Steward' }).waitFor();
    await shoot(page, 'sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await shoot(page, 'sign-in-errors');
    const logins = demoLogins(server.stdout);
    if (logins.length === 0) {
      console.log('the server printed no demo logins: signed-in screens not taken');
      return;
    }
    await signIn(page, server.url, logins[0]);
    await page.locator('main h2').first().waitFor();
    await shoot(page, 'home');
    const schoolLink = page.getByRole('link', { name: 'School details' }).first();
    const href = await schoolLink.getAttribute('href');
    await schoolLink.click();
    await page.locator('.govuk-summary-list').waitFor();
    await shoot(page, 'school');
    await page.goto(`${server.url}${href}/pupils`);
    await page.locator('main [role=status]').first().waitFor();
    await shoot(page, 'pupils');
    await page.goto(`${server.url}${href}/pupils/import`);
    await page.getByLabel('Or paste the roster CSV').fill('pupil_id,first_name,last_name,year_group\nX1,,Example,7\nX2,Sam,Example,Year 99\n');
    await page.getByRole('button', { name: 'Import roster' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    await shoot(page, 'roster-import-errors');
    await page.goto(`${server.url}${href}/audit`);
    await page.locator('main table, main p.govuk-body').first().waitFor();
    await shoot(page, 'audit');
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => { console.error(error.stack ?? error); process.exit(1); });
