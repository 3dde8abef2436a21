// Journeys of the CSV imports (consent decisions, comments) and the subject access export: a bad
// file's row errors are listed and linked, and nothing is imported; the fixed file is; the DPO
// produces a pupil's export (JSON and the HTML report) and a teacher cannot. axe on every screen.
import assert from 'node:assert/strict';
import { watchPage } from './lib/harness.mjs';
import { S, SESSION_API, accessible, benign, loginFor } from './lib/steps.mjs';
import { signIn } from './journeys.mjs';
import { apiSend } from './journeys_posts.mjs';

const SCHOOL = 'belgrave';
const login = (logins, role, school = SCHOOL) => loginFor(logins, role, school);

// The academic year of today, as the register writes it ("2026/27").
function academicYear(date = new Date()) {
  const start = date.getMonth() >= 8 ? date.getFullYear() : date.getFullYear() - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

async function consentImport({ url, browser, logins }) {
  const page = await browser.newPage();
  const problems = watchPage(page);
  await signIn(page, url, login(logins, 'headteacher'));
  const missing = (await apiSend(page, 'GET', `/api/schools/${SCHOOL}/consent/missing`)).body;
  const pupil = missing.year_groups.flatMap((group) => group.pupils)[0]?.id;
  assert.ok(pupil, 'a Belgrave pupil has no consent decision this year');
  const records = async () => {
    const history = (await apiSend(page, 'GET', `/api/schools/${SCHOOL}/consent?pupil_id=${pupil}`)).body;
    return (Array.isArray(history) ? history : history?.records ?? []).length;
  };
  const before = await records();
  const year = academicYear();
  const today = new Date().toISOString().slice(0, 10);
  const header = 'pupil_id,academic_year,platform,image,video,name,given_by,recorded_on,withdrawn_on';
  const good = [`${pupil},${year},facebook,true,false,false,parent,${today},`, `${pupil},${year},website,true,true,false,parent,${today},`];

  await page.goto(`${url}/schools/${SCHOOL}/consent`);
  await page.getByRole('link', { name: 'Import consent decisions from a CSV file' }).click();
  await page.getByRole('heading', { name: 'Import consent decisions' }).waitFor();
  await accessible(page, 'consent import');
  await page.getByRole('button', { name: 'Import decisions' }).click();
  await page.locator('.govuk-error-summary').getByRole('link', { name: 'Paste the CSV or choose a file' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'consent-csv');

  const bad = [header, ...good, `NOPE999,${year},facebook,true,false,false,parent,${today},`, `${pupil},${year},myspace,maybe,false,false,parent,${today},`].join('\n');
  await page.getByLabel('Choose a CSV file').setInputFiles({ name: 'consent.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.waitForFunction(() => document.querySelector('#consent-csv')?.value.includes('NOPE999'));
  await page.getByRole('button', { name: 'Import decisions' }).click();
  const summary = page.locator('.govuk-error-summary');
  await summary.getByText('The consent decisions were not imported').waitFor();
  await summary.getByRole('link', { name: /^Line 4: pupil_id is not on the roster/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'consent-line-4', 'the row error links to its row');
  await summary.getByRole('link', { name: /^Line 5: platform is not one of/ }).waitFor();
  assert.ok(await page.getByRole('table', { name: 'Rows to fix' }).isVisible());
  assert.match(await page.getByLabel('Or paste the CSV').inputValue(), /NOPE999/, 'the file stays to be fixed');
  assert.equal(await records(), before, 'nothing was imported from the bad file');
  await accessible(page, 'consent import with row errors');

  await page.getByLabel('Or paste the CSV').fill([header, ...good].join('\n'));
  await page.getByRole('button', { name: 'Import decisions' }).click();
  await page.getByText('Consent decisions imported').waitFor();
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /2 decisions recorded for 1 pupil/);
  assert.equal(await records(), before + 2, 'both decisions are in the register');
  await accessible(page, 'consent imported');
  assert.deepEqual(benign(problems), []);
  await page.close();
}

async function commentsImport({ url, browser, logins }) {
  const page = await browser.newPage();
  const problems = watchPage(page);
  await signIn(page, url, login(logins, 'account_moderator'));
  const accounts = (await apiSend(page, 'GET', `/api/schools/${SCHOOL}/accounts`)).body?.accounts ?? [];
  const account = accounts.find((candidate) => candidate.platform === 'facebook');
  const stamp = Date.now();
  const queued = async () => ((await apiSend(page, 'GET', `/api/schools/${SCHOOL}/comments?state=all&limit=500`)).body?.comments ?? [])
    .filter((comment) => comment.platform_comment_id.startsWith(`csv-${stamp}-`)).length;
  const header = 'comment_id,text,received_at,author_handle';
  const good = [`csv-${stamp}-1,Will the school be open on the inset day?,2026-11-20T09:30:00Z,@a.parent`,
    `csv-${stamp}-2,Thank you for the lovely concert photos,2026-11-20 18:05,@a.grandparent`];

  await page.goto(`${url}/schools/${SCHOOL}/comments`);
  await page.getByRole('link', { name: 'Import comments from a CSV file' }).click();
  await page.getByRole('heading', { name: 'Import comments' }).waitFor();
  await accessible(page, 'comments import');
  await page.getByLabel('Or paste the CSV').fill([header, ...good].join('\n'));
  await page.getByRole('button', { name: 'Import comments' }).click();
  await page.locator('.govuk-error-summary').getByRole('link', { name: 'Select which account the comments are from' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'comments-account');
  await page.getByLabel(`${account.handle} (Facebook)`).check();

  await page.getByLabel('Or paste the CSV').fill([header, ...good, `csv-${stamp}-3,,2026-11-20T10:00:00Z,@c`, `csv-${stamp}-4,When is the fair?,next tuesday,@d`].join('\n'));
  await page.getByRole('button', { name: 'Import comments' }).click();
  const summary = page.locator('.govuk-error-summary');
  await summary.getByText('The comments were not imported').waitFor();
  await summary.getByRole('link', { name: /^Line 4: text is empty/ }).waitFor();
  await summary.getByRole('link', { name: /^Line 5: received_at is not a time/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'comments-line-5');
  assert.equal(await queued(), 0, 'nothing was imported from the bad file');
  await accessible(page, 'comments import with row errors');

  await page.getByLabel('Or paste the CSV').fill([header, ...good].join('\n'));
  await page.getByRole('button', { name: 'Import comments' }).click();
  await page.getByText('Comments imported').waitFor();
  assert.match(await page.locator('.govuk-notification-banner').textContent(), /2 comments queued/);
  assert.equal(await queued(), 2);
  await accessible(page, 'comments imported');
  await page.getByLabel('Or paste the CSV').fill([header, ...good].join('\n'));
  await page.getByRole('button', { name: 'Import comments' }).click();
  await page.locator('.govuk-notification-banner', { hasText: '2 already in the queue' }).waitFor();
  assert.equal(await queued(), 2, 'a second import of the same comments stores nothing twice');
  await page.goto(`${url}/schools/${SCHOOL}/comments`);
  await page.locator('article', { hasText: 'open on the inset day' }).first().waitFor();
  assert.deepEqual(benign(problems), []);
  await page.close();
}

async function subjectAccessExport({ url, browser, logins }) {
  const dpo = await browser.newPage();
  const problems = watchPage(dpo);
  await signIn(dpo, url, login(logins, 'dpo'));
  await dpo.goto(`${url}/schools/${SCHOOL}/audit`);
  await dpo.getByRole('link', { name: /^Subject access requests/ }).click();
  await dpo.getByRole('heading', { name: 'Subject access request' }).waitFor();
  await accessible(dpo, 'subject access search');
  await dpo.getByRole('button', { name: 'Find the pupil' }).click();
  await dpo.locator('.govuk-error-summary').getByRole('link', { name: 'Enter the pupil’s name or pupil id' }).click();
  assert.equal(await dpo.evaluate(() => document.activeElement?.id), 'sar-search');
  await dpo.getByLabel('Which pupil is the request about?').fill('Florence Wright');
  await dpo.getByRole('button', { name: 'Find the pupil' }).click();
  await dpo.getByRole('link', { name: /^Florence Wright/ }).click();
  await dpo.getByRole('heading', { name: 'Subject access export' }).waitFor();
  await dpo.getByText('Florence Wright (BEL1000)').waitFor();
  assert.equal(new URL(dpo.url()).pathname, `/schools/${SCHOOL}/subject-access/BEL1000`, 'the address carries the id only');
  assert.doesNotMatch(dpo.url(), /Florence|Wright/);
  await accessible(dpo, 'subject access export');
  const json = await dpo.getByRole('link', { name: 'Download the export (JSON)' });
  assert.equal(await json.getAttribute('download'), 'subject-access-BEL1000.json');
  const download = await dpo.evaluate(async (href) => {
    const response = await fetch(href, { credentials: 'same-origin' });
    return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control'), body: await response.json() };
  }, await json.getAttribute('href'));
  assert.equal(download.status, 200);
  assert.equal(download.body.pupil_id, 'BEL1000');
  assert.equal(download.cache, 'no-store');
  const [report] = await Promise.all([
    dpo.context().waitForEvent('page'),
    dpo.getByRole('link', { name: /printable report/ }).click(),
  ]);
  await report.waitForLoadState();
  assert.match(await report.content(), /Florence/, 'the report names the pupil it is about');
  await report.close();
  assert.deepEqual(benign(problems), []);
  await dpo.close();

  const teacher = await browser.newPage();
  await signIn(teacher, url, login(logins, 'teacher', 'clarendon-infant'));
  await teacher.goto(`${url}/schools/clarendon-infant/audit`);
  await teacher.getByText('Sorry, this could not be shown').waitFor();
  assert.equal(await teacher.getByRole('link', { name: /^Subject access requests/ }).count(), 0, 'no way in from the audit page');
  await teacher.goto(`${url}/schools/clarendon-infant/subject-access/CLA1000`);
  await teacher.getByText('Only the headteacher or the data protection officer can produce a subject access export.').waitFor();
  assert.equal(await teacher.getByRole('link', { name: /Download the export/ }).count(), 0);
  await accessible(teacher, 'subject access refused (teacher)');
  for (const format of ['json', 'html']) {
    const answer = await teacher.evaluate(async (href) => (await fetch(href, { credentials: 'same-origin' })).status,
      `/api/schools/clarendon-infant/subject-access/pupils/CLA1000?format=${format}`);
    assert.equal(answer, 403, `a teacher gets 403 for the ${format} export`);
  }
  await teacher.close();
}

export const importJourneys = [
  { name: 'consent CSV import: a bad file’s rows are listed and linked, nothing imported; the fixed file is', body: consentImport,
    needs: [...SESSION_API, `${S}/consent/import`, `${S}/consent/missing`, `${S}/consent`] },
  { name: 'comments CSV import: account asked, a bad file’s rows listed, nothing imported; the fixed file queued once', body: commentsImport,
    needs: [...SESSION_API, `${S}/comments/import`, `${S}/comments`, `${S}/accounts`] },
  { name: 'subject access: the DPO downloads a pupil’s export and opens the report; a teacher cannot', body: subjectAccessExport,
    needs: [...SESSION_API, `${S}/subject-access/pupils/{pupil_id}`, `${S}/pupils`, `${S}/audit`] },
];
