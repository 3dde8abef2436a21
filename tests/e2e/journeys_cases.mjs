// Journeys of concerns and comments (issue 7 item 8): a concern reported on the form reaches the
// person the policy names (a safeguarding disclosure -> the DSL, urgent), who moves it on and
// notes it; the comments queue screen. axe-core on every screen.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { axeViolations, watchPage } from './lib/harness.mjs';
import { signIn } from './journeys.mjs';

const SCHOOL = 'belgrave';
const S = '/api/schools/{school_id}';
const SESSION_API = ['/api/session', '/api/me', '/api/schools', 'demo-logins'];
const CASES_API = [`${S}/case-forms`, `${S}/cases`, `${S}/cases/{case_id}`, `${S}/cases/{case_id}/transition`, `${S}/cases/{case_id}/notes`];
const COMMENTS_API = [`${S}/comments`, `${S}/comments/{comment_id}/actions`, `${S}/comments/{comment_id}/case`,
  `${S}/comments/log`, `${S}/comments/response-times`];

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
  // After a step the case reads itself again. The reload is held here until the note is typed:
  // the case shown stays on the page meanwhile, so the note form stays too and keeps what is typed
  // (useApi's `reloads`; a reload that cleared the page lost the text typed during it).
  const caseUrl = new URL(dsl.url()).pathname.replace(/^\/schools\/([^/]+)\/cases\/([^/]+).*$/, '/api/schools/$1/cases/$2');
  const isCase = (target) => target.pathname === caseUrl;
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await dsl.route(isCase, async (route) => {
    if (route.request().method() === 'GET') await held;
    await route.continue();
  });
  const reload = dsl.waitForRequest((request) => request.method() === 'GET' && isCase(new URL(request.url())));
  await dsl.getByRole('button', { name: 'Move to triaged' }).click();
  await dsl.getByText('Case moved to triaged').waitFor();
  await reload;
  const typed = 'Spoke to the class teacher; referral to children’s services made.';
  await dsl.getByLabel('Add a note').fill(typed, { timeout: 5000 });
  release();
  await dsl.locator('main .govuk-tag', { hasText: /^Triaged$/ }).waitFor();
  await dsl.unroute(isCase);
  assert.equal(await dsl.getByLabel('Add a note').inputValue(), typed, 'the note typed during the reload is kept');
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
  await page.getByRole('link', { name: 'Response times and the inappropriate comments log' }).click();
  await page.getByRole('heading', { name: 'Response times' }).waitFor();
  await page.locator('main table:visible, main [role=status]:visible').first().waitFor();
  await accessible(page, 'response times');
  const csv = await page.getByRole('link', { name: /inappropriate comments log \(CSV\)/ }).getAttribute('href');
  const log = await page.evaluate(async (href) => { const r = await fetch(href, { credentials: 'same-origin' }); return { status: r.status, type: r.headers.get('content-type') }; }, csv);
  assert.equal(log.status, 200, 'the log downloads');
  assert.match(log.type, /text\/csv/);
  await page.close();
}

// The secret run.mjs gives `steward serve` (STEWARD_META_APP_SECRET) to sign webhook deliveries.
export const kMetaAppSecret = 'e2e-meta-app-secret';

const apiCall = (page, method, path, body) => page.evaluate(async ([verb, target, payload]) => {
  const me = await (await fetch('/api/me', { credentials: 'same-origin' })).json();
  const response = await fetch(target, {
    method: verb, credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token ?? '' },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}, [method, path, body]);

async function facebookAccount(page) {
  const accounts = (await apiCall(page, 'GET', `/api/schools/${SCHOOL}/accounts`)).body?.accounts ?? [];
  const account = accounts.find((candidate) => candidate.platform === 'facebook' && candidate.external_id);
  assert.ok(account, 'the demo school has a Facebook account with a page id');
  return account;
}

// A child's disclosure arrives as a signed Facebook Page feed delivery; the DSL sees an urgent
// case on the cases screen and the moderator sees the comment flagged urgent in the queue.
async function webhookDisclosureReachesDsl({ url, browser, logins }) {
  const moderator = await browser.newPage();
  await signIn(moderator, url, login(logins, 'account_moderator'));
  const account = await facebookAccount(moderator);
  const now = Math.floor(Date.now() / 1000);
  const delivery = JSON.stringify({
    object: 'page',
    entry: [{ id: account.external_id, time: now, changes: [{ field: 'feed', value: {
      item: 'comment', verb: 'add', comment_id: `e2e_${now}`, post_id: `${account.external_id}_1`, created_time: now,
      from: { id: '9001', name: 'A pupil' }, message: 'My uncle told me not to tell anyone and I am scared of going home',
    } }] }],
  });
  const unsigned = await fetch(`${url}/webhooks/meta`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: delivery });
  assert.ok([401, 403].includes(unsigned.status), `an unsigned delivery is refused (${unsigned.status})`);
  const signature = `sha256=${createHmac('sha256', kMetaAppSecret).update(delivery).digest('hex')}`;
  const accepted = await fetch(`${url}/webhooks/meta`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signature }, body: delivery });
  assert.equal(accepted.status, 200, `the signed delivery is accepted: ${await accepted.text()}`);
  const again = await fetch(`${url}/webhooks/meta`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Hub-Signature-256': signature }, body: delivery });
  assert.equal(again.status, 200, 'a redelivery is acknowledged');

  await moderator.goto(`${url}/schools/${SCHOOL}/comments`);
  const card = moderator.locator('article', { hasText: 'scared of going home' });
  await card.first().waitFor();
  assert.equal(await card.count(), 1, 'a redelivered webhook stores the comment once');
  assert.match(await card.first().textContent(), /Urgent/);
  assert.match(await card.first().textContent(), /Safeguarding/);
  await accessible(moderator, 'comments queue with a safeguarding comment');
  await moderator.close();

  const dsl = await browser.newPage();
  await signIn(dsl, url, login(logins, 'dsl'));
  await dsl.goto(`${url}/schools/${SCHOOL}/cases`);
  const row = dsl.locator('main tbody tr', { hasText: 'Urgent' }).filter({ hasText: /safeguarding/i }).first();
  await row.waitFor();
  await accessible(dsl, 'cases with an urgent case from a comment');
  await row.getByRole('link').click();
  await dsl.getByText('Opened from a comment on a school account').waitFor();
  await accessible(dsl, 'case opened from a comment');
  await dsl.close();
}

// A question arriving on a Saturday is due by the end of the next working day, as the school's
// pack and the England and Wales calendar say: Saturday 21 November 2026 -> 5pm on Monday 23
// November; Saturday 24 May 2025, before the spring bank holiday (Monday 26 May) -> 5pm on
// Tuesday 27 May (BST). The comment's received_at is given to the generic JSON ingest, so no
// clock needs fixing; the queue shows the deadline in UK time.
async function questionDueNextWorkingDay(page, url, { receivedAt, text, dueDate, shown }) {
  const account = await facebookAccount(page);
  const posted = await apiCall(page, 'POST', `/api/schools/${SCHOOL}/comments`, {
    account_id: account.id, platform_comment_id: `e2e-saturday-${receivedAt}-${Date.now()}`, author_handle: '@a.parent',
    text, received_at: receivedAt,
  });
  assert.ok(posted.status === 200 || posted.status === 201, `ingest: ${posted.status} ${JSON.stringify(posted.body)}`);
  const question = posted.body?.comment;
  assert.deepEqual(question?.categories, ['question'], 'screened as a question');
  assert.match(question.due_at, new RegExp(`^${dueDate}T`), `due on ${dueDate} (due_at ${question.due_at})`);
  await page.goto(`${url}/schools/${SCHOOL}/comments`);
  // The asking sentence is marked as the reason (its words, then "(flagged: Question)" for screen
  // readers, then the "?"): the card is found by those words.
  const card = page.locator('article', { hasText: text.replace(/\?$/, '') }).first();
  await card.waitFor();
  assert.match(await card.textContent(), new RegExp(`Reply due\\s*${shown}`));
  assert.match(await card.textContent(), /flagged: Question/);
  return card;
}

async function saturdayQuestionDueMonday({ url, browser, logins }) {
  const page = await browser.newPage();
  await signIn(page, url, login(logins, 'account_moderator'));
  await questionDueNextWorkingDay(page, url, {
    receivedAt: '2026-11-21T10:15:00Z', text: 'What time does the Christmas fair start?',
    dueDate: '2026-11-23', shown: '5pm on Monday 23 November 2026',
  });
  await accessible(page, 'comments queue with a question');
  await page.close();
}

async function saturdayBeforeBankHolidayDueTuesday({ url, browser, logins }) {
  const page = await browser.newPage();
  await signIn(page, url, login(logins, 'account_moderator'));
  const card = await questionDueNextWorkingDay(page, url, {
    receivedAt: '2025-05-24T10:15:00+01:00', text: 'Is the summer fair still on after half term?',
    dueDate: '2025-05-27', shown: '5pm on Tuesday 27 May 2025',
  });
  assert.doesNotMatch(await card.textContent(), /Monday 26 May/, 'the bank holiday is not a working day');
  await accessible(page, 'comments queue with a question before a bank holiday');
  await page.close();
}

// A follow request from an external organisation is logged by a moderator and decided by the
// role the policy names for it.
async function followerRequestDecided({ url, browser, logins }) {
  const page = await browser.newPage();
  await signIn(page, url, login(logins, 'account_moderator'));
  await page.goto(`${url}/schools/${SCHOOL}/followers`);
  await page.getByRole('heading', { name: 'Log a request' }).waitFor();
  await accessible(page, 'follower requests');
  await page.getByRole('button', { name: 'Log request' }).click();
  await page.locator('.govuk-error-summary').getByRole('link', { name: 'Enter who sent the request' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'follower-handle');
  await page.locator('#follower-account').check();
  await page.getByLabel('Who sent the request?').fill('@local.football.club');
  await page.getByLabel('External organisation').check();
  await page.getByRole('button', { name: 'Log request' }).click();
  await page.getByText('Request logged').waitFor();
  const row = page.locator('main tbody tr', { hasText: '@local.football.club' });
  await row.waitFor();
  await accessible(page, 'follower request logged');
  const requests = (await apiCall(page, 'GET', `/api/schools/${SCHOOL}/follower-requests`)).body?.follower_requests ?? [];
  const logged = requests.find((request) => request.requester_handle === '@local.football.club');
  assert.ok(logged?.approver_role, 'the policy names who decides');
  await page.close();
  const decider = await browser.newPage();
  await signIn(decider, url, login(logins, logged.approver_role));
  await decider.goto(`${url}/schools/${SCHOOL}/followers`);
  await decider.getByRole('button', { name: 'Accept @local.football.club' }).click();
  await decider.getByText('Request accepted').waitFor();
  await accessible(decider, 'follower request accepted');
  await decider.close();
}

export const caseJourneys = [
  { name: 'a follow request from an organisation is logged and decided by the role the policy names', body: followerRequestDecided, needs: [...SESSION_API, `${S}/follower-requests`, `${S}/follower-requests/{request_id}/decision`, `${S}/accounts`] },
  { name: 'a safeguarding comment arrives by webhook -> the DSL sees an urgent case', body: webhookDisclosureReachesDsl, needs: [...SESSION_API, ...COMMENTS_API, `${S}/accounts`, `${S}/cases`, '/webhooks/meta'] },
  { name: 'a question arriving on a Saturday is due by the end of Monday', body: saturdayQuestionDueMonday, needs: [...SESSION_API, ...COMMENTS_API, `${S}/accounts`] },
  { name: 'a question arriving on the Saturday before a bank holiday is due by the end of Tuesday', body: saturdayBeforeBankHolidayDueTuesday, needs: [...SESSION_API, ...COMMENTS_API, `${S}/accounts`] },
  { name: 'a safeguarding disclosure reported on the form reaches the DSL as an urgent case, who triages and notes it', body: reportedDisclosureReachesDsl, needs: [...SESSION_API, ...CASES_API] },
  { name: 'comments queue with overdue view (account moderator)', body: commentsQueueScreen, needs: [...SESSION_API, ...COMMENTS_API, `${S}/accounts`] },
];
