// Journeys of the consent register and the post workflow, each as the demo roles who do them in
// a school (Belgrave: headteacher, communications lead, account administrator): record consent,
// draft -> check -> fix -> submit -> approve -> mark published, record a withdrawal -> a takedown
// task for the account administrator, and the do-not-publish list. axe-core on every screen.
import assert from 'node:assert/strict';
import { axeViolations, watchPage } from './lib/harness.mjs';
import { signIn } from './journeys.mjs';

const SCHOOL = 'belgrave';
const PUPIL = 'BEL1000';  // Florence Wright, Year 2, in data/demo/rosters/belgrave.csv
const S = '/api/schools/{school_id}';
const SESSION_API = ['/api/session', '/api/me', '/api/schools', 'demo-logins'];
const CONSENT_API = [`${S}/consent`, `${S}/consent/{record_id}/withdrawal`, `${S}/consent/missing`, `${S}/consent/coverage`,
  `${S}/do-not-publish`, `${S}/do-not-publish/{pupil_id}`, `${S}/pupils`];
const POSTS_API = [`${S}/accounts`, `${S}/people`, `${S}/posts`, `${S}/posts/{post_id}`, `${S}/posts/{post_id}/check`,
  `${S}/posts/{post_id}/submit`, `${S}/posts/{post_id}/approve`, `${S}/posts/{post_id}/publish`, `${S}/posts/stats`,
  `${S}/takedowns`, `${S}/takedowns/{task_id}/done`];

const login = (logins, role) => {
  const found = logins.find((candidate) => candidate.school === SCHOOL && candidate.role === role);
  assert.ok(found, `the demo has no ${role} at ${SCHOOL}`);
  return found;
};

async function accessible(page, where) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${where}`);
}

// Calls the API inside the page with its session cookie and CSRF token.
export async function apiSend(page, method, path, body) {
  return page.evaluate(async ([verb, target, payload]) => {
    const me = await (await fetch('/api/me', { credentials: 'same-origin' })).json();
    const response = await fetch(target, {
      method: verb,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token ?? '' },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  }, [method, path, body]);
}

const apiGet = (page, path) => page.evaluate(async (target) => {
  const response = await fetch(target, { credentials: 'same-origin' });
  return { status: response.status, body: await response.json().catch(() => null) };
}, path);

async function newSignedInPage(browser, url, who) {
  const page = await browser.newPage();
  const problems = watchPage(page);
  await signIn(page, url, who);
  return { page, problems };
}

const today = new Date();
const todayParts = { day: String(today.getDate()), month: String(today.getMonth() + 1), year: String(today.getFullYear()) };

async function fillDate(page, id, parts) {
  await page.locator(`#${id}-day`).fill(parts.day);
  await page.locator(`#${id}-month`).fill(parts.month);
  await page.locator(`#${id}-year`).fill(parts.year);
}

// Opens the accounts screen (axe, the register form's error summary) and returns the school's
// Facebook account, registering one run by the account administrator if the school has none.
export async function ensureAccount(page, url) {
  const facebook = async () => ((await apiGet(page, `/api/schools/${SCHOOL}/accounts`)).body?.accounts ?? [])
    .find((account) => account.platform === 'facebook');
  await page.goto(`${url}/schools/${SCHOOL}/accounts`);
  await page.getByRole('heading', { name: 'Official accounts' }).waitFor();
  await page.getByRole('heading', { name: 'Register an account' }).waitFor();
  await accessible(page, 'accounts');
  await page.getByRole('button', { name: 'Register account' }).click();
  await page.locator('.govuk-error-summary').getByRole('link', { name: 'Select the platform' }).waitFor();
  await accessible(page, 'account form with errors');
  const existing = await facebook();
  if (existing) return existing;
  await page.locator('#account-platform').check();  // Facebook, the first option
  await page.getByLabel('Handle or page name').fill('@belgraveschool');
  await page.getByRole('group', { name: /^Administrators/ }).getByLabel('Demo account administrator').check();
  await page.getByRole('button', { name: 'Register account' }).click();
  await page.getByText('Account @belgraveschool registered').waitFor();
  await accessible(page, 'account registered');
  return facebook();
}

// Records, through the one-question-per-page screens, that the pupil's parent allows photos and
// name on Facebook this year. The first step is submitted empty to see the error summary.
export async function recordConsent(page, url) {
  await page.goto(`${url}/schools/${SCHOOL}/pupils/${PUPIL}/consent`);
  await page.getByRole('heading', { name: 'Consent' }).waitFor();
  await page.locator('main table:visible, main [role=status]:visible').first().waitFor();
  await accessible(page, 'pupil consent');
  await page.getByRole('link', { name: 'Record a decision' }).click();
  await page.getByRole('heading', { name: 'Which academic year is the decision for?' }).waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.locator('.govuk-error-summary');
  await summary.getByRole('link', { name: 'Select the academic year the decision is for' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'year', 'the error links to the field');
  await accessible(page, 'consent year with an error');
  await page.getByLabel(/this academic year/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Which platforms does the decision cover?' }).waitFor();
  await page.getByLabel('Facebook').check();
  await accessible(page, 'consent platforms');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'What may the school publish?' }).waitFor();
  await page.getByLabel('Photos of the pupil').check();
  await page.getByLabel('The pupil’s name').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Who gave the decision, and how?' }).waitFor();
  await page.getByLabel('Parent or carer').check();
  await page.getByLabel('Paper form').check();
  await accessible(page, 'consent source');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Check your answers before recording the decision' }).waitFor();
  await accessible(page, 'consent check answers');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await page.getByText('Consent decision recorded').waitFor();
  await page.locator('main tbody tr').first().waitFor();
  await accessible(page, 'pupil consent with a decision');
}

// Drafts a post as the account administrator whose caption names the pupil in full beside a
// photo; returns the post page's URL once the check's findings are shown and marked.
async function draftWithFindings(page, url, account) {
  await page.goto(`${url}/schools/${SCHOOL}/posts`);
  await page.getByRole('heading', { name: 'Posts' }).waitFor();
  await accessible(page, 'posts');
  await page.getByRole('link', { name: 'Draft a post' }).click();
  await page.getByRole('heading', { name: 'Draft a post' }).waitFor();
  await page.getByRole('button', { name: 'Save and check' }).waitFor();
  await accessible(page, 'draft a post');
  await page.getByRole('button', { name: 'Save and check' }).click();
  await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter the caption' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'caption');
  await page.getByLabel(`${account.handle} (Facebook)`).check();
  await page.getByLabel('Photo', { exact: true }).check();
  const caption = 'Well done Florence Wright for winning the Year 2 race! Call 07700 900123 for the photos.';
  await page.getByLabel('Caption').fill(caption);
  await page.getByLabel('Find a pupil to tag').fill('Florence Wright');
  await page.getByRole('button', { name: /^Tag Florence Wright/ }).click();
  await page.getByRole('button', { name: /^Remove Florence Wright/ }).waitFor();
  await accessible(page, 'draft filled in');
  await page.getByRole('button', { name: 'Save and check' }).click();
  await page.getByRole('heading', { name: 'Check results' }).waitFor();
  const findings = page.getByRole('list', { name: 'Findings' }).locator('li');
  assert.ok(await findings.count() > 0, 'the check finds the full name and the phone number');
  const marks = page.locator('#caption-preview mark');
  assert.ok(await marks.count() > 0, 'findings are marked in the caption');
  const marked = (await marks.allTextContents()).join(' | ');
  assert.match(marked, /Florence Wright/, `the full name is marked (marks: ${marked})`);
  assert.match(marked, /finding \d/, 'each mark carries its reason for screen readers');
  await page.getByRole('link', { name: /Show in the caption/ }).first().click();
  assert.match(await page.evaluate(() => document.activeElement?.id ?? ''), /^finding-mark-\d+$/);
  await accessible(page, 'post with findings');
  return page.url();
}

async function fixCheckSubmit(page) {
  await page.getByRole('button', { name: 'Change the post' }).click();
  await page.getByLabel('Caption').fill('Well done to our Year 2 runners for a brilliant race!');
  await page.getByRole('button', { name: 'Save and check again' }).click();
  await page.getByText('Post changed and checked again').waitFor();
  await page.getByText('Passed the check').waitFor();
  assert.equal(await page.locator('#caption-preview mark').count(), 0, 'nothing left to mark');
  await accessible(page, 'post passed the check');
  await page.getByRole('button', { name: 'Submit for approval' }).click();
  await page.getByText('Sent for approval').waitFor();
  await page.getByText('Waiting for approval').first().waitFor();
}

async function approve(page, url, postUrl) {
  await page.getByRole('link', { name: 'Posts waiting for your approval' }).first().waitFor();
  const status = await page.locator('[id$="-approvals-status"]').first().textContent();
  assert.match(status, /[1-9]/, 'the approver sees the post waiting on the home page');
  await accessible(page, 'home with tasks and charts');
  await page.goto(postUrl);
  await page.getByRole('heading', { name: 'Approve or reject' }).waitFor();
  await accessible(page, 'approver view');
  await page.getByRole('button', { name: 'Send decision' }).click();
  await page.locator('.govuk-error-summary').getByRole('link', { name: 'Select whether you approve the post' }).waitFor();
  await page.getByLabel('No, send it back').check();
  await page.getByRole('button', { name: 'Send decision' }).click();
  await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter what needs to change' }).waitFor();
  await page.getByLabel('Yes, approve it').check();
  await page.getByLabel('Comment').fill('Lovely news, approved.');
  await page.getByRole('button', { name: 'Send decision' }).click();
  await page.getByText('Post approved').waitFor();
  await page.getByRole('heading', { name: 'Mark as published' }).waitFor();
  assert.match(await page.locator('main table').last().textContent(), /Lovely news, approved\./, 'the comment is in the history');
}

async function publish(page, postUrl) {
  await page.goto(postUrl);
  await page.getByRole('heading', { name: 'Mark as published' }).waitFor();
  await accessible(page, 'publish form');
  await page.getByLabel('Web address of the published post').fill('http://example.org/post');
  await page.getByRole('button', { name: 'Mark as published' }).click();
  await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter a web address that starts with https://' }).waitFor();
  const live = 'https://www.facebook.com/belgraveschool/posts/1001';
  await page.getByLabel('Web address of the published post').fill(live);
  await page.getByRole('button', { name: 'Mark as published' }).click();
  await page.getByText('Post marked as published').waitFor();
  await page.getByRole('link', { name: live }).waitFor();
  await page.getByRole('heading', { name: 'Take the post down' }).waitFor();
  await accessible(page, 'published post');
}

async function draftToPublished({ url, browser, logins }) {
  const head = await newSignedInPage(browser, url, login(logins, 'headteacher'));
  const account = await ensureAccount(head.page, url);
  assert.ok(account, 'the school has a Facebook account');
  await recordConsent(head.page, url);
  const admin = await newSignedInPage(browser, url, login(logins, 'account_administrator'));
  const postUrl = await draftWithFindings(admin.page, url, account);
  await fixCheckSubmit(admin.page);
  await head.page.goto(`${url}/`);
  await head.page.getByRole('heading', { name: 'My tasks' }).waitFor();
  await approve(head.page, url, postUrl);
  await publish(admin.page, postUrl);
  for (const { page, problems } of [head, admin]) {
    assert.deepEqual(problems.filter((p) => !/status of 40[134]/.test(p)), []);
    await page.close();
  }
}

// Sets up a published post tagging the pupil through the API (the screens are the previous
// journey's), then records the withdrawal on screen and finds the task as the administrator.
async function publishedPostByApi(page, admin, url) {
  const account = await ensureAccount(page, url);
  const base = `/api/schools/${SCHOOL}`;
  const history = (await apiGet(page, `${base}/consent?pupil_id=${PUPIL}`)).body;
  const records = Array.isArray(history) ? history : history?.records ?? [];
  if (!records.some((record) => record.platform === 'facebook' && !record.withdrawn_on)) await recordConsent(page, url);
  const iso = new Date().toISOString().slice(0, 10);
  const draft = await apiSend(admin, 'POST', `${base}/posts`, {
    account_id: account.id, media_kind: 'image', caption: 'Sports day was a joy for everyone.', tagged_pupil_ids: [PUPIL], posting_date: iso,
  });
  assert.equal(draft.status, 201, `draft: ${JSON.stringify(draft.body)}`);
  const id = (draft.body.post ?? draft.body).id;
  const steps = [[admin, 'check', {}], [admin, 'submit', {}], [page, 'approve', { comment: 'ok' }], [admin, 'publish', { live_url: 'https://www.facebook.com/belgraveschool/posts/2002' }]];
  for (const [who, step, body] of steps) {
    const answer = await apiSend(who, 'POST', `${base}/posts/${id}/${step}`, body);
    assert.ok(answer.status < 300, `${step}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return id;
}

async function withdrawalOpensTakedown({ url, browser, logins }) {
  const head = await newSignedInPage(browser, url, login(logins, 'headteacher'));
  const admin = await newSignedInPage(browser, url, login(logins, 'account_administrator'));
  await publishedPostByApi(head.page, admin.page, url);
  await head.page.goto(`${url}/schools/${SCHOOL}/pupils/${PUPIL}/consent`);
  await head.page.getByRole('link', { name: /Record a withdrawal of the .* Facebook decision/ }).first().click();
  await head.page.getByRole('heading', { name: 'Record a withdrawal of consent' }).waitFor();
  await accessible(head.page, 'record a withdrawal');
  await fillDate(head.page, 'withdrawn-on', { day: '31', month: '2', year: todayParts.year });
  await head.page.getByLabel('Note (optional)').fill('Parent phoned the office.');
  await head.page.getByRole('button', { name: 'Record withdrawal' }).click();
  await head.page.locator('.govuk-error-summary').getByRole('link', { name: /must be a real date/ }).click();
  assert.equal(await head.page.evaluate(() => document.activeElement?.id), 'withdrawn-on-day');
  assert.equal(await head.page.getByLabel('Note (optional)').inputValue(), 'Parent phoned the office.', 'nothing lost');
  await accessible(head.page, 'withdrawal with an error');
  await fillDate(head.page, 'withdrawn-on', todayParts);
  await head.page.getByRole('button', { name: 'Record withdrawal' }).click();
  await head.page.getByRole('heading', { name: 'Withdrawal recorded' }).waitFor();
  assert.match(await head.page.locator('.govuk-panel__body').textContent(), /[1-9]\d* takedown tasks? opened/);
  await accessible(head.page, 'withdrawal recorded');
  await admin.page.goto(`${url}/`);
  await admin.page.getByRole('link', { name: 'Takedown tasks' }).first().waitFor();
  assert.match(await admin.page.locator('[id$="-takedowns-status"]').first().textContent(), /[1-9]/, 'the administrator sees the task at home');
  await admin.page.getByRole('link', { name: 'Takedown tasks' }).first().click();
  await admin.page.getByRole('heading', { name: 'Takedown tasks' }).waitFor();
  await admin.page.locator('main tbody tr').first().waitFor();
  await accessible(admin.page, 'takedown tasks');
  const before = await admin.page.locator('main tbody tr').count();
  await admin.page.getByRole('button', { name: /^Mark done/ }).first().click();
  await admin.page.getByText('Takedown task marked as done').waitFor();
  await admin.page.waitForFunction((count) => document.querySelectorAll('main tbody tr').length < count, before);
  for (const { page, problems } of [head, admin]) {
    assert.deepEqual(problems.filter((p) => !/status of 40[134]/.test(p)), []);
    await page.close();
  }
}

// The register per year group and the do-not-publish list, as the communications lead.
async function registerAndDoNotPublish({ url, browser, logins }) {
  const { page, problems } = await newSignedInPage(browser, url, login(logins, 'communications_lead'));
  await page.goto(`${url}/schools/${SCHOOL}/consent`);
  await page.getByRole('heading', { name: 'Consent register' }).waitFor();
  await page.getByText(/no decision for/).first().waitFor();
  await accessible(page, 'consent register');
  await page.getByLabel('Year group').selectOption({ index: 1 });  // the first year group with pupils missing
  const links = page.locator('main table a');
  await links.first().waitFor();
  const href = await links.first().getAttribute('href');
  assert.match(href, /^\/schools\/belgrave\/pupils\/[A-Z0-9]+\/consent$/, 'pupil links carry ids only');
  await links.first().click();
  await page.getByRole('heading', { name: 'Consent' }).waitFor();
  await page.getByRole('link', { name: /to the do-not-publish list/ }).click();
  await page.getByRole('button', { name: 'Add to the do-not-publish list' }).click();
  await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter why the pupil must not be published' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'dnp-reason');
  await accessible(page, 'do-not-publish form with an error');
  await page.getByLabel('Why must this pupil not be published?').fill('Court order');
  await page.getByRole('button', { name: 'Add to the do-not-publish list' }).click();
  await page.getByText('Added to the do-not-publish list').waitFor();
  await page.getByText('Do not publish: “Court order”').waitFor();
  await page.goto(`${url}/schools/${SCHOOL}/consent/do-not-publish`);
  await page.getByRole('heading', { name: 'Do-not-publish list' }).waitFor();
  await page.getByRole('cell', { name: 'Court order' }).waitFor();
  await accessible(page, 'do-not-publish list');
  await page.goto(`${url}${href}`);
  await page.getByRole('button', { name: 'Take off the do-not-publish list' }).click();
  await page.getByRole('link', { name: /to the do-not-publish list/ }).waitFor();
  assert.ok(!page.url().includes('Court'), 'nothing typed reaches the address bar');
  assert.deepEqual(problems.filter((p) => !/status of 40[134]/.test(p)), []);
  await page.close();
}

export const postJourneys = [
  { name: 'consent register by year group and the do-not-publish list (communications lead)', body: registerAndDoNotPublish, needs: [...SESSION_API, ...CONSENT_API] },
  { name: 'draft -> check -> fix -> submit -> approve -> mark published (account administrator and headteacher)', body: draftToPublished, needs: [...SESSION_API, ...CONSENT_API, ...POSTS_API] },
  { name: 'recording a withdrawal opens a takedown task the account administrator sees and closes', body: withdrawalOpensTakedown, needs: [...SESSION_API, ...CONSENT_API, ...POSTS_API] },
];
