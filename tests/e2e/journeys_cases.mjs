// Journeys of concerns and comments (issue 7 item 8): a concern reported on the form reaches the
// person the policy names (a safeguarding disclosure -> the DSL, urgent), who moves it on and
// notes it; the comments queue screen. axe-core on every screen.
import assert from 'node:assert/strict';
import { axeViolations, watchPage } from './lib/harness.mjs';
import { signIn } from './journeys.mjs';

const SCHOOL = 'belgrave';
const S = '/api/schools/{school_id}';
const SESSION_API = ['/api/session', '/api/me', '/api/schools', 'demo-logins'];
const CASES_API = [`${S}/case-forms`, `${S}/cases`, `${S}/cases/{case_id}`, `${S}/cases/{case_id}/transition`, `${S}/cases/{case_id}/notes`];
const COMMENTS_API = [`${S}/comments`, `${S}/comments/{comment_id}/actions`, `${S}/comments/{comment_id}/case`];

const login = (logins, role) => {
  const found = logins.find((candidate) => candidate.school === SCHOOL && candidate.role === role);
  assert.ok(found, `the demo has no ${role} at ${SCHOOL}`);
  return found;
};

async function accessible(page, where) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${where}`);
}

async function reportedDisclosureReachesDsl({ url, browser, logins }) {
  const reporter = await browser.newPage();
  const problems = watchPage(reporter);
  await signIn(reporter, url, login(logins, 'account_moderator'));
  await reporter.goto(`${url}/schools/${SCHOOL}/cases/new`);
  await reporter.getByRole('heading', { name: 'What is the concern about?' }).waitFor();
  await accessible(reporter, 'report a concern: type');
  await reporter.getByRole('button', { name: 'Continue' }).click();
  await reporter.locator('.govuk-error-summary').getByRole('link', { name: 'Select what the concern is about' }).waitFor();
  await reporter.getByLabel('A safeguarding disclosure').check();
  await reporter.getByRole('button', { name: 'Continue' }).click();
  await reporter.getByRole('heading', { name: 'Tell us about the concern' }).waitFor();
  await accessible(reporter, 'report a concern: details');
  await reporter.getByRole('button', { name: 'Report the concern' }).click();
  await reporter.locator('.govuk-error-summary').getByRole('link', { name: 'Enter a one-line summary' }).click();
  assert.equal(await reporter.evaluate(() => document.activeElement?.id), 'case-summary');
  await accessible(reporter, 'report a concern with errors');
  await reporter.getByLabel('Summary in one line').fill('A comment on the Facebook page suggests a pupil is at risk');
  await reporter.getByLabel('What happened?').fill('A message under the sports day post said a child was being hurt at home.');
  await reporter.locator('#field-first_seen_at-day').fill(String(new Date().getDate()));
  await reporter.locator('#field-first_seen_at-month').fill(String(new Date().getMonth() + 1));
  await reporter.locator('#field-first_seen_at-year').fill(String(new Date().getFullYear()));
  await reporter.getByRole('button', { name: 'Report the concern' }).click();
  await reporter.getByText('Concern reported').waitFor();
  await accessible(reporter, 'concern reported');
  assert.deepEqual(problems.filter((p) => !/status of 40[134]/.test(p)), []);
  await reporter.close();

  const dsl = await browser.newPage();
  await signIn(dsl, url, login(logins, 'dsl'));
  await dsl.goto(`${url}/schools/${SCHOOL}/cases`);
  await dsl.getByRole('heading', { name: 'Concerns and cases' }).waitFor();
  const row = dsl.locator('main tbody tr', { hasText: 'A safeguarding disclosure' }).first();
  await row.waitFor();
  assert.match(await row.textContent(), /Urgent/, 'a safeguarding disclosure is urgent');
  assert.match(await row.textContent(), /Designated safeguarding lead/, 'routed to the DSL');
  await accessible(dsl, 'cases (DSL)');
  await row.getByRole('link').click();
  await dsl.getByRole('heading', { name: 'A safeguarding disclosure' }).waitFor();
  await accessible(dsl, 'case view');
  await dsl.getByRole('button', { name: 'Move to triaged' }).click();
  await dsl.getByText('Case moved to triaged').waitFor();
  await dsl.getByLabel('Add a note').fill('Spoke to the class teacher; referral to children’s services made.');
  await dsl.getByRole('button', { name: 'Add note' }).click();
  await dsl.getByText('Note added').waitFor();
  await dsl.getByRole('cell', { name: /Spoke to the class teacher/ }).waitFor();
  await accessible(dsl, 'case with a note');
  await dsl.close();
}

async function commentsQueueScreen({ url, browser, logins }) {
  const page = await browser.newPage();
  await signIn(page, url, login(logins, 'account_moderator'));
  await page.goto(`${url}/schools/${SCHOOL}/comments`);
  await page.getByRole('heading', { name: 'Comments' }).waitFor();
  await page.locator('main [role=status]').first().waitFor();
  await accessible(page, 'comments queue');
  await page.getByLabel('Show').selectOption('overdue');
  await page.locator('main [role=status]').first().waitFor();
  await accessible(page, 'overdue comments');
  await page.close();
}

export const caseJourneys = [
  { name: 'a safeguarding disclosure reported on the form reaches the DSL as an urgent case, who triages and notes it', body: reportedDisclosureReachesDsl, needs: [...SESSION_API, ...CASES_API] },
  { name: 'comments queue with overdue view (account moderator)', body: commentsQueueScreen, needs: [...SESSION_API, ...COMMENTS_API, `${S}/accounts`] },
];
