// Journeys of a case's recorded steps (issue 7 item 8, issue 5): a concern goes reported ->
// initial assessment (only the role the policy names) -> investigating -> outcome -> closed, with
// the late-report flag; a media enquiry's reply is blocked until the written approval is stored;
// illegal content reached on a school device gets the DSL's police decision, a block task the IT
// manager marks done and evidence the handler downloads; an overdue comment's escalation shows on
// the headteacher's home page and comments queue (MON-04). axe-core on every screen.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { axeViolations, watchPage } from './lib/harness.mjs';
import { signIn } from './journeys.mjs';
import { apiSend as apiCall } from './journeys_posts.mjs';

const SCHOOL = 'belgrave';
const S = '/api/schools/{school_id}';
const SESSION_API = ['/api/session', '/api/me', '/api/schools', 'demo-logins'];
const CASES_API = [`${S}/case-forms`, `${S}/cases`, `${S}/cases/{case_id}`, `${S}/cases/{case_id}/transition`];

const login = (logins, role) => {
  const found = logins.find((candidate) => candidate.school === SCHOOL && candidate.role === role);
  assert.ok(found, `the demo has no ${role} at ${SCHOOL}`);
  return found;
};

async function accessible(page, where) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${where}`);
}

const unexpected = (problems) => problems.filter((problem) => !/status of 4\d\d/.test(problem));

// Reports a concern on the form as `page`'s user: the type, the summary, the first-seen date and
// `answer(page)` for the type's own questions. Returns once "Concern reported" shows.
async function report(page, url, { type, summary, description, firstSeen = new Date(), answer = async () => {} }) {
  await page.goto(`${url}/schools/${SCHOOL}/cases/new`);
  await page.getByRole('heading', { name: 'What is the concern about?' }).waitFor();
  await page.getByLabel(type, { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Tell us about the concern' }).waitFor();
  await page.getByLabel('Summary in one line').fill(summary);
  await page.getByLabel('What happened?').fill(description);
  await page.locator('#field-first_seen_at-day').fill(String(firstSeen.getDate()));
  await page.locator('#field-first_seen_at-month').fill(String(firstSeen.getMonth() + 1));
  await page.locator('#field-first_seen_at-year').fill(String(firstSeen.getFullYear()));
  await answer(page);
  await page.getByRole('button', { name: 'Report the concern' }).click();
  await page.getByText('Concern reported').waitFor();
}

// Opens the case with `summary` from the signed-in user's cases list.
async function openCase(page, url, summary, heading) {
  await page.goto(`${url}/schools/${SCHOOL}/cases`);
  await page.getByRole('heading', { name: 'Concerns and cases' }).waitFor();
  const row = page.locator('main tbody tr', { hasText: summary }).first();
  await row.waitFor();
  await row.getByRole('link').click();
  await page.getByRole('heading', { name: heading }).waitFor();
  return row;
}

async function caseThroughAssessmentToOutcome({ url, browser, logins }) {
  const summary = `Unkind group chat about a classmate ${Date.now()}`;
  const reporter = await browser.newPage();
  await signIn(reporter, url, login(logins, 'account_moderator'));
  const fiveDaysAgo = new Date(Date.now() - 5 * 24 * 3600 * 1000);
  await report(reporter, url, { type: 'A pupil’s online behaviour', summary, description: 'Screenshots of a class group chat.', firstSeen: fiveDaysAgo });
  await reporter.close();

  const dsl = await browser.newPage();
  const problems = watchPage(dsl);
  await signIn(dsl, url, login(logins, 'dsl'));
  await openCase(dsl, url, summary, 'A pupil’s online behaviour');
  await dsl.locator('main .govuk-tag', { hasText: 'Reported late' }).waitFor();
  await dsl.getByText('reported later than the school’s policy asks').waitFor();
  await accessible(dsl, 'case reported late');
  await dsl.getByRole('button', { name: 'Move to triaged' }).click();
  await dsl.getByText('Case moved to triaged').waitFor();
  await dsl.getByRole('heading', { name: 'Initial assessment' }).waitFor();
  // Belgrave's policy names the headteacher, not the DSL, to record the initial assessment: the
  // case JSON's can_assess is false for the DSL, so the form is not offered, only the wait.
  await dsl.getByText('Waiting for another role').waitFor();
  await dsl.getByText('the investigation opens after it').waitFor();
  assert.equal(await dsl.getByRole('button', { name: 'Record the initial assessment' }).count(), 0, 'no form the server would refuse');
  assert.equal(await dsl.getByRole('button', { name: 'Move to investigating' }).count(), 0, 'no investigation before the assessment');
  await accessible(dsl, 'triaged case waiting for its assessment');

  const head = await browser.newPage();
  await signIn(head, url, login(logins, 'headteacher'));
  await head.goto(dsl.url());
  await head.getByRole('heading', { name: 'Initial assessment' }).waitFor();
  await head.getByRole('button', { name: 'Record the initial assessment' }).click();
  await head.locator('.govuk-error-summary').getByRole('link', { name: 'Enter the initial assessment' }).click();
  assert.equal(await head.evaluate(() => document.activeElement?.id), 'case-assessment');
  await head.getByLabel('What is the initial assessment?').fill('DSL leads with the class teacher; keep the screenshots; parents told today.');
  await head.getByRole('checkbox', { name: 'Local authority designated officer (LADO)' }).check();
  await accessible(head, 'initial assessment form');
  await head.getByRole('button', { name: 'Record the initial assessment' }).click();
  await head.getByText('Initial assessment recorded').waitFor();
  await head.getByRole('heading', { name: 'Decisions' }).waitFor();
  await head.getByText('Agencies to involve: Local authority designated officer (LADO)').waitFor();
  await accessible(head, 'case with its initial assessment');
  await head.close();

  await dsl.reload();
  await dsl.getByRole('button', { name: 'Move to investigating' }).click();
  await dsl.getByText('Case moved to investigating').waitFor();
  await dsl.getByLabel('Advice', { exact: true }).check();
  await dsl.getByLabel('No', { exact: true }).check();
  await accessible(dsl, 'outcome step');
  await dsl.getByRole('button', { name: 'Move to outcome recorded' }).click();
  await dsl.getByText('Case moved to outcome recorded').waitFor();
  await dsl.getByRole('button', { name: 'Close the case' }).click();
  await dsl.getByText('Case moved to closed').waitFor();
  await dsl.locator('main .govuk-tag', { hasText: 'Closed' }).waitFor();
  await accessible(dsl, 'closed case');
  assert.deepEqual(unexpected(problems), []);
  await dsl.close();
}

async function mediaEnquiryApprovalThenReply({ url, browser, logins }) {
  const summary = `Local paper asks about the trip ${Date.now()}`;
  const reporter = await browser.newPage();
  await signIn(reporter, url, login(logins, 'account_moderator'));
  await report(reporter, url, {
    type: 'A media enquiry', summary, description: 'Phone call to the office.',
    answer: async (page) => {
      await page.getByLabel('Which newspaper, broadcaster or outlet?').fill('The Gazette');
      await page.getByLabel('Their contact details').fill('Newsdesk');
    },
  });
  await reporter.close();

  const head = await browser.newPage();
  const problems = watchPage(head);
  await signIn(head, url, login(logins, 'headteacher'));
  await openCase(head, url, summary, 'A media enquiry');
  await head.getByRole('heading', { name: 'Reply to the media' }).waitFor();
  await head.getByText('Waiting for written approval').waitFor();
  assert.equal(await head.getByLabel('The reply given to the media').count(), 0, 'no reply before the approval');
  const caseId = decodeURIComponent(head.url().split('/').pop());
  const early = await apiCall(head, 'POST', `/api/schools/${SCHOOL}/cases/${encodeURIComponent(caseId)}/media-reply`, { text: 'No comment.' });
  assert.equal(early.status, 422, 'the server refuses a reply before the approval');
  await accessible(head, 'media enquiry waiting for approval');
  await head.getByRole('button', { name: 'Store the approval' }).click();
  await head.locator('.govuk-error-summary').getByRole('link', { name: 'Enter the written approval' }).waitFor();
  await head.getByLabel('Written approval').fill('Approved by email, headteacher, today: reply with the standard statement.');
  await head.getByRole('button', { name: 'Store the approval' }).click();
  await head.getByText('Written approval stored').waitFor();
  await head.getByText('Approved: reply can be recorded').waitFor();
  await accessible(head, 'media enquiry approved');
  await head.getByLabel('The reply given to the media').fill('The school does not comment on individual pupils.');
  await head.getByRole('button', { name: 'Record the reply' }).click();
  await head.getByText('Reply to the media recorded').waitFor();
  await head.locator('main dt', { hasText: 'Written approval of the media reply' }).waitFor();
  await head.locator('main dt', { hasText: 'Reply to the media' }).waitFor();
  assert.equal(await head.getByRole('button', { name: 'Record the reply' }).count(), 0, 'one reply');
  await accessible(head, 'media enquiry replied');
  assert.deepEqual(unexpected(problems), []);
  await head.close();
}

async function contentOnSchoolDevice({ url, browser, logins }) {
  const summary = `Image shared on a library PC ${Date.now()}`;
  const address = `https://bad.example/page-${Date.now()}`;
  const reporter = await browser.newPage();
  await signIn(reporter, url, login(logins, 'account_moderator'));
  await report(reporter, url, {
    type: 'Illegal content', summary, description: 'A pupil opened a link a friend sent.',
    answer: async (page) => {
      await page.getByLabel('Web address (optional)').fill(address);
      await page.locator('#field-where_seen').check();  // school device
      await page.getByLabel('Which device or room? (optional)').fill('Library PC 3');
      await page.locator('#field-category').check();  // sexual
      await page.locator('#field-how_reached-4').check();  // shared by someone
      await page.getByLabel('What has been done so far?').fill('Device isolated; screen photographed.');
      await page.locator('#field-pupil_conduct_inadvertent').check();  // yes
    },
  });
  await reporter.close();

  // The headteacher handles the case but the DSL decides on the police (can_decide_police): the
  // head is told it waits for another role and offered no form the server would refuse.
  const early = await browser.newPage();
  await signIn(early, url, login(logins, 'headteacher'));
  await openCase(early, url, summary, 'Illegal content');
  await early.getByRole('heading', { name: 'Police decision for a pupil’s inadvertent conduct' }).waitFor();
  await early.getByText('Waiting for another role').waitFor();
  assert.equal(await early.getByRole('button', { name: 'Record the decision' }).count(), 0, 'the decision is the DSL’s');
  await accessible(early, 'police decision waiting for the DSL');
  await early.close();

  const dsl = await browser.newPage();
  await signIn(dsl, url, login(logins, 'dsl'));
  await openCase(dsl, url, summary, 'Illegal content');
  await dsl.getByRole('heading', { name: 'Police decision for a pupil’s inadvertent conduct' }).waitFor();
  await accessible(dsl, 'police decision form');
  await dsl.getByRole('button', { name: 'Record the decision' }).click();
  await dsl.locator('.govuk-error-summary').getByRole('link', { name: 'Select whether to involve the police' }).waitFor();
  await dsl.locator('#case-police-2').check();  // no
  await dsl.getByLabel('Reason for the decision').fill('Inadvertent; education and support instead.');
  await dsl.getByRole('button', { name: 'Record the decision' }).click();
  await dsl.getByText('Police decision recorded').waitFor();
  await dsl.locator('main dt', { hasText: 'DSL’s decision: do not involve the police' }).waitFor();
  await accessible(dsl, 'police decision recorded');
  await dsl.close();

  const it = await browser.newPage();
  await signIn(it, url, login(logins, 'it_manager'));
  const task = it.locator('.govuk-task-list__item', { hasText: 'Block tasks' });
  await task.waitFor();
  await accessible(it, 'home with block tasks');
  await task.getByRole('link').click();
  await it.getByRole('heading', { name: 'Block tasks' }).waitFor();
  const card = it.locator('article', { hasText: address });
  await card.waitFor();
  assert.match(await card.textContent(), /Library PC 3/);
  await accessible(it, 'block tasks');
  await card.getByLabel('Note (optional)').fill('Added to the filter');
  await card.getByRole('button', { name: /Mark as done/ }).click();
  await it.getByText('Block task marked done').waitFor();
  await it.locator('main tbody tr', { hasText: address }).waitFor();
  await accessible(it, 'block task done');
  await it.close();

  const head = await browser.newPage();
  const problems = watchPage(head);
  await signIn(head, url, login(logins, 'headteacher'));
  await openCase(head, url, summary, 'Illegal content');
  const tasks = head.locator('section', { has: head.getByRole('heading', { name: 'Block tasks' }) });
  await tasks.locator('.govuk-tag', { hasText: 'Done' }).waitFor();
  const screenshot = Buffer.from('\x89PNG\r\n\x1a\n e2e evidence bytes', 'binary');
  await head.locator('#case-evidence-file').setInputFiles({ name: 'Screenshot of a pupil.png', mimeType: 'image/png', buffer: screenshot });
  await head.getByRole('button', { name: 'Add evidence' }).click();
  await head.getByText('Evidence added').waitFor();
  const link = head.getByRole('link', { name: /Download/ }).first();
  await link.waitFor();
  const href = await link.getAttribute('href');
  assert.doesNotMatch(href, /Screenshot|pupil/i, 'the file’s own name is not sent');
  const fetched = await head.evaluate(async (target) => {
    const response = await fetch(target, { credentials: 'same-origin' });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, sha: response.headers.get('x-evidence-sha256'), disposition: response.headers.get('content-disposition'), length: bytes.length };
  }, href);
  assert.equal(fetched.status, 200);
  assert.equal(fetched.length, screenshot.length);
  assert.equal(fetched.sha, createHash('sha256').update(screenshot).digest('hex'));
  assert.match(fetched.disposition, /attachment; filename="evidence\.png"/);
  await accessible(head, 'case with block task and evidence');
  assert.deepEqual(unexpected(problems), []);
  await head.close();
}

async function facebookAccount(page) {
  const accounts = (await apiCall(page, 'GET', `/api/schools/${SCHOOL}/accounts`)).body?.accounts ?? [];
  const account = accounts.find((candidate) => candidate.platform === 'facebook');
  assert.ok(account, 'the demo school has a Facebook account');
  return account;
}

// A question received days ago is overdue the moment it arrives; the server's due check
// (every STEWARD_DUE_CHECK_SECONDS, which run.mjs shortens) escalates it to the headteacher.
async function overdueCommentShowsItsAlert({ url, browser, logins }) {
  const stamp = String(Date.now());
  const text = `When is the next parents evening? ${stamp}`;
  const moderator = await browser.newPage();
  await signIn(moderator, url, login(logins, 'account_moderator'));
  const account = await facebookAccount(moderator);
  const receivedAt = new Date(Date.now() - 6 * 24 * 3600 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  const posted = await apiCall(moderator, 'POST', `/api/schools/${SCHOOL}/comments`, {
    account_id: account.id, platform_comment_id: `e2e-overdue-${Date.now()}`, author_handle: '@a.parent', text, received_at: receivedAt,
  });
  assert.ok(posted.status === 200 || posted.status === 201, `ingest: ${posted.status} ${JSON.stringify(posted.body)}`);
  await moderator.close();

  const head = await browser.newPage();
  const problems = watchPage(head);
  await signIn(head, url, login(logins, 'headteacher'));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const alerts = (await apiCall(head, 'GET', `/api/schools/${SCHOOL}/comments/alerts`)).body?.alerts ?? [];
    if (alerts.some((alert) => alert.kind === 'escalated' && alert.comment?.text === text)) break;
    assert.ok(Date.now() < deadline, 'the overdue comment is escalated within a minute');
    await new Promise((done) => setTimeout(done, 1000));
  }
  await head.goto(`${url}/`);
  const escalated = head.locator('.govuk-task-list__item', { hasText: 'Comments overdue and escalated to you' });
  await escalated.waitFor();
  await head.locator('.steward-alerts', { hasText: text }).waitFor();
  await head.locator('.govuk-warning-text', { hasText: /overdue and escalated to you/ }).waitFor();
  assert.doesNotMatch(await escalated.textContent(), /None/);
  await accessible(head, 'home with an escalated comment');
  await escalated.getByRole('link').click();
  await head.getByRole('heading', { name: 'Comments' }).waitFor();
  // The headteacher does not moderate comments: the alerts show each comment in full.
  await head.getByText('The school’s account moderators answer and moderate comments.').waitFor();
  const alert = head.locator('.steward-alerts li', { hasText: text });
  await alert.waitFor();
  assert.match(await alert.textContent(), /Overdue: escalated/);
  assert.match(await alert.textContent(), /escalated to the headteacher/);
  await accessible(head, 'comments page with alerts (headteacher)');
  assert.deepEqual(unexpected(problems), []);
  await head.close();

  // The moderators' queue shows the escalation on the comment itself.
  const queue = await browser.newPage();
  await signIn(queue, url, login(logins, 'account_moderator'));
  await queue.goto(`${url}/schools/${SCHOOL}/comments`);
  // The queue marks the asking sentence (with "(flagged: Question)" inside the mark): find the card
  // by the part of the text after it.
  const card = queue.locator('article', { hasText: stamp });
  await card.waitFor();
  assert.match(await card.textContent(), /Overdue: escalated/);
  assert.match(await card.textContent(), /Escalated.*to the headteacher/);
  await accessible(queue, 'comments queue with an escalated comment');
  await queue.close();
}

export const caseStepJourneys = [
  { name: 'a concern goes reported -> initial assessment by the policy’s role -> investigating -> outcome -> closed, flagged late', body: caseThroughAssessmentToOutcome, needs: [...SESSION_API, ...CASES_API, `${S}/cases/{case_id}/assessment`] },
  { name: 'a media enquiry’s reply is blocked until the written approval is stored', body: mediaEnquiryApprovalThenReply, needs: [...SESSION_API, ...CASES_API, `${S}/cases/{case_id}/media-approval`, `${S}/cases/{case_id}/media-reply`] },
  { name: 'illegal content on a school device: the DSL’s police decision, the IT manager’s block task, evidence downloaded', body: contentOnSchoolDevice, needs: [...SESSION_API, ...CASES_API, `${S}/cases/{case_id}/police-decision`, `${S}/block-tasks`, `${S}/block-tasks/{task_id}/done`, `${S}/cases/{case_id}/evidence/{evidence_id}`] },
  { name: 'an overdue comment is escalated and shows its alert on the home page and the comments queue', body: overdueCommentShowsItsAlert, needs: [...SESSION_API, `${S}/comments`, `${S}/comments/alerts`, `${S}/accounts`] },
];
