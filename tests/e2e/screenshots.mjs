// Saves screenshots of the main screens to docs/screenshots/, from a real `steward serve --demo`
// in headless Chromium (the browser tests' setup). Run by scripts/screenshots.sh. A screen whose
// API the server lacks is reported and skipped (the browser tests are where that fails).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoLogins, findSteward, launchBrowser, repoRoot, startSteward } from './lib/harness.mjs';
import { startSmtpSink } from './lib/smtp-sink.mjs';
import { signIn } from './journeys.mjs';
import { makeTestPhoto } from './journeys_media.mjs';
import { apiSend, ensureAccount } from './journeys_posts.mjs';

const out = join(repoRoot, 'docs', 'screenshots');
const SCHOOL = 'belgrave';
const PUPIL = 'BEL1000';

async function shoot(page, name) {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
  console.log(`docs/screenshots/${name}.png`);
}

// Runs one group of screens; a failure (usually a missing endpoint) skips the rest of the group.
async function group(name, body) {
  try {
    await body();
  } catch (error) {
    console.log(`skipped ${name}: ${String(error.message ?? error).split('\n')[0]}`);
  }
}

async function signedOutScreens(page, url) {
  await page.goto(`${url}/`);
  await page.getByRole('heading', { name: 'Sign in to Steward' }).waitFor();
  await shoot(page, 'sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  await shoot(page, 'sign-in-errors');
}

async function rosterScreens(page, url) {
  const base = `${url}/schools/${SCHOOL}`;
  await page.goto(base);
  await page.locator('.govuk-summary-list').waitFor();
  await shoot(page, 'school');
  await page.goto(`${base}/pupils`);
  await page.locator('main [role=status]').first().waitFor();
  await shoot(page, 'pupils');
  await page.goto(`${base}/pupils/import`);
  await page.getByLabel('Or paste the roster CSV').fill('pupil_id,first_name,last_name,year_group\nX1,,Example,7\nX2,Sam,Example,Year 99\n');
  await page.getByRole('button', { name: 'Import roster' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  await shoot(page, 'roster-import-errors');
  await page.goto(`${base}/audit`);
  await page.locator('main table, main p.govuk-body').first().waitFor();
  await shoot(page, 'audit');
}

async function consentScreens(page, url) {
  const base = `${url}/schools/${SCHOOL}`;
  await page.goto(`${base}/consent`);
  await page.getByText(/no decision for/).first().waitFor();
  await shoot(page, 'consent-register');
  await page.goto(`${base}/pupils/${PUPIL}/consent/new/year`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  await shoot(page, 'consent-decision-error');
  await page.getByLabel(/this academic year/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Facebook').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Photos of the pupil').check();
  await page.getByLabel('The pupil’s name').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Parent or carer').check();
  await page.getByLabel('Paper form').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: /Check your answers/ }).waitFor();
  await shoot(page, 'consent-check-answers');
  await page.getByRole('button', { name: 'Record decision' }).click();
  await page.getByText('Consent decision recorded').waitFor();
  await page.locator('main tbody tr').first().waitFor();
  await shoot(page, 'consent-pupil');
  await page.goto(`${base}/consent/do-not-publish`);
  await page.getByRole('heading', { name: 'Do-not-publish list' }).waitFor();
  await page.locator('main table:visible, main [role=status]:visible').first().waitFor();
  await shoot(page, 'do-not-publish');
}

async function postScreens(head, admin, url) {
  const base = `${url}/schools/${SCHOOL}`;
  const account = await ensureAccount(head, url);
  await shoot(head, 'accounts');
  const iso = new Date().toISOString().slice(0, 10);
  const content = { account_id: account.id, media_kind: 'image', tagged_pupil_ids: [PUPIL], posting_date: iso };
  const draft = await apiSend(admin, 'POST', `/api/schools/${SCHOOL}/posts`, {
    ...content, caption: 'Well done Florence Wright for winning the Year 2 race! Call 07700 900123 for the photos.',
  });
  if (draft.status !== 201) throw new Error(`drafting answered ${draft.status}`);
  const id = (draft.body.post ?? draft.body).id;
  await apiSend(admin, 'POST', `/api/schools/${SCHOOL}/posts/${id}/check`, {});
  await admin.goto(`${base}/posts/new`);
  await admin.getByRole('button', { name: 'Save and check' }).waitFor();
  await shoot(admin, 'post-draft');
  await admin.goto(`${base}/posts/${id}`);
  await admin.getByRole('heading', { name: 'Check results' }).waitFor();
  await shoot(admin, 'post-check-findings');
  await apiSend(admin, 'PUT', `/api/schools/${SCHOOL}/posts/${id}`, { ...content, caption: 'Well done to our Year 2 runners for a brilliant race!' });
  await apiSend(admin, 'POST', `/api/schools/${SCHOOL}/posts/${id}/check`, {});
  await apiSend(admin, 'POST', `/api/schools/${SCHOOL}/posts/${id}/submit`, {});
  await head.goto(`${base}/posts/${id}`);
  await head.getByRole('heading', { name: 'Approve or reject' }).waitFor();
  await shoot(head, 'post-approver');
  await head.goto(`${base}/posts`);
  await head.locator('main table').waitFor();
  await shoot(head, 'posts');
  await head.goto(`${base}/takedowns`);
  await head.getByRole('heading', { name: 'Takedown tasks' }).waitFor();
  await shoot(head, 'takedowns');
}

async function caseScreens(page, admin, url) {
  const base = `${url}/schools/${SCHOOL}`;
  await page.goto(`${base}/cases/new`);
  await page.getByRole('heading', { name: 'What is the concern about?' }).waitFor();
  await shoot(page, 'case-report-type');
  await page.goto(`${base}/cases`);
  await page.getByRole('heading', { name: 'Concerns and cases' }).waitFor();
  await shoot(page, 'cases');
  await admin.goto(`${base}/comments`);  // moderators, administrators and the communications lead
  await admin.getByRole('heading', { name: 'Comments' }).waitFor();
  await admin.locator('main [role=status]').first().waitFor();
  await shoot(admin, 'comments');
  await admin.goto(`${base}/comments/response-times`);
  await admin.getByRole('heading', { name: 'Response times' }).waitFor();
  await admin.locator('main table:visible, main [role=status]:visible').first().waitFor();
  await shoot(admin, 'comments-response-times');
  await admin.goto(`${base}/followers`);
  await admin.getByRole('heading', { name: 'Log a request' }).waitFor();
  await shoot(admin, 'follower-requests');
}

// The steps of a case, each as the role that records it: a triaged concern waiting for the
// headteacher's initial assessment, a media enquiry waiting for written approval, the DSL's
// police decision on illegal content reached on a library PC, the IT manager's block task, the
// case with its decisions, block task and evidence; and an overdue comment's escalation (MON-04).
async function caseStepScreens(signedIn, url) {
  const base = `${url}/schools/${SCHOOL}`;
  const api = `/api/schools/${SCHOOL}`;
  const [moderator, dsl, head, it] = [await signedIn('account_moderator'), await signedIn('dsl'), await signedIn('headteacher'), await signedIn('it_manager')];
  const today = new Date().toISOString().slice(0, 16);
  const opened = async (body) => {
    const result = await apiSend(moderator, 'POST', `${api}/cases`, body);
    if (result.status !== 201) throw new Error(`report: ${result.status} ${JSON.stringify(result.body)}`);
    return `${base}/cases/${encodeURIComponent(result.body.id)}`;
  };
  const behaviour = await opened({ concern_type: 'pupil_online_behaviour', summary: 'Unkind messages in a Year 5 group chat',
    fields: { description: 'Screenshots shared by a parent.', first_seen_at: new Date(Date.now() - 4 * 864e5).toISOString().slice(0, 16) } });
  await apiSend(dsl, 'POST', `${api}/cases/${behaviour.split('/').pop()}/transition`, { to: 'triaged' });
  await dsl.goto(behaviour);  // the assessment is the head's: the DSL sees it waiting, no form
  await dsl.getByText('Waiting for another role').waitFor();
  await shoot(dsl, 'case-step-waiting');
  await head.goto(behaviour);
  await head.getByRole('heading', { name: 'Initial assessment' }).waitFor();
  await head.getByLabel('What is the initial assessment?').fill('DSL leads with the class teacher; keep the screenshots; parents told today.');
  await shoot(head, 'case-initial-assessment');
  const media = await opened({ concern_type: 'media_enquiry', summary: 'Local paper asks about the school trip',
    fields: { description: 'Phone call to the office.', first_seen_at: today, outlet: 'The Gazette', contact: 'Newsdesk' } });
  await head.goto(media);
  await head.getByText('Waiting for written approval').waitFor();
  await shoot(head, 'case-media-enquiry');
  const content = await opened({ concern_type: 'illegal_content', summary: 'Image shared on a library PC',
    fields: { description: 'A pupil opened a link a friend sent.', first_seen_at: today, url: 'https://bad.example/page', where_seen: 'school_device',
      device_or_location: 'Library PC 3', category: 'sexual', how_reached: 'shared_by_someone', immediate_action: 'Device isolated.', pupil_conduct_inadvertent: 'yes' } });
  await dsl.goto(content);
  await dsl.getByRole('heading', { name: 'Police decision for a pupil’s inadvertent conduct' }).waitFor();
  await shoot(dsl, 'case-police-decision');
  await apiSend(dsl, 'POST', `${api}/cases/${content.split('/').pop()}/police-decision`, { involve_police: false, reason: 'Inadvertent; education and support instead.' });
  await it.goto(`${base}/block-tasks`);
  await it.locator('article', { hasText: 'bad.example' }).waitFor();
  await shoot(it, 'block-tasks');
  await head.goto(content);
  await head.locator('#case-evidence-file').setInputFiles({ name: 'screenshot.png', mimeType: 'image/png', buffer: Buffer.from('\x89PNG\r\n\x1a\n demo', 'binary') });
  await head.getByRole('button', { name: 'Add evidence' }).click();
  await head.getByText('Evidence added').waitFor();
  await shoot(head, 'case-decisions-evidence');
  const account = ((await apiSend(moderator, 'GET', `${api}/accounts`)).body?.accounts ?? []).find((a) => a.platform === 'facebook');
  await apiSend(moderator, 'POST', `${api}/comments`, { account_id: account.id, platform_comment_id: `shot-overdue-${Date.now()}`, author_handle: '@a.parent',
    text: 'When is the next parents evening?', received_at: new Date(Date.now() - 6 * 864e5).toISOString().replace(/\.\d+Z$/, 'Z') });
  for (let tries = 0; tries < 60; tries++) {
    const alerts = (await apiSend(head, 'GET', `${api}/comments/alerts`)).body?.alerts ?? [];
    if (alerts.some((alert) => alert.comment?.text === 'When is the next parents evening?')) break;
    await head.waitForTimeout(1000);
  }
  await head.goto(`${base}/comments`);
  await head.locator('.steward-alerts').waitFor();
  await shoot(head, 'comments-alerts-escalated');
  await moderator.goto(`${base}/comments`);
  await moderator.getByLabel('Show').selectOption('overdue');
  await moderator.locator('article', { hasText: 'When is the next parents evening?' }).waitFor();
  await shoot(moderator, 'comments-escalated-card');
}

// The author saves, checks and submits the post; the approver opens it at its media heading.
async function submitAndOpenAsApprover(lead, head, heading) {
  await lead.getByRole('button', { name: 'Save and check' }).click();
  await lead.getByRole('heading', { name: 'Check results' }).waitFor();
  const postUrl = lead.url();
  await lead.getByRole('button', { name: 'Submit for approval' }).click();
  await lead.getByText('Sent for approval').waitFor();
  await head.goto(postUrl);
  await head.getByRole('heading', { name: heading }).waitFor();
}

// A photo drafted with its faces boxed and the name and location found; then tagged, made
// publishable and submitted, as the approver sees it (before and after).
async function photoScreens(head, lead, url) {
  const base = `${url}/schools/${SCHOOL}`;
  await lead.goto(`${base}/posts/new`);
  await lead.getByRole('heading', { name: 'Draft a post' }).waitFor();
  await lead.locator('#account').check();
  await lead.getByLabel('Photo', { exact: true }).check();
  await lead.getByLabel('Add a photo').setInputFiles({ name: 'certificates.jpg', mimeType: 'image/jpeg', buffer: await makeTestPhoto(lead) });
  await lead.getByRole('button', { name: 'Upload photo' }).click();
  await lead.getByRole('heading', { name: 'Photo 1' }).waitFor({ timeout: 60_000 });
  await lead.getByLabel('Caption').fill('Our Year 2 sports day certificates are in!');
  await shoot(lead, 'post-photo-faces');
  await lead.getByLabel(/^Face 1 \(/).selectOption(PUPIL);
  const faces = await lead.getByRole('list', { name: 'Faces in photo 1' }).getByRole('combobox').count();
  for (let face = 2; face <= faces; face++) await lead.getByLabel(new RegExp(`^Face ${face} \\(`)).selectOption('not_a_pupil');
  await lead.getByRole('button', { name: 'Save tags for photo 1' }).click();
  await lead.getByText('Face tags saved').waitFor();
  await lead.getByRole('button', { name: 'Make the publishable version of photo 1' }).click();
  await lead.getByText('Publishable version made').waitFor();
  await submitAndOpenAsApprover(lead, head, 'Photos: before and after');
  await head.getByRole('img', { name: /as it will be published/ }).waitFor();
  await head.waitForTimeout(800);
  await shoot(head, 'post-photo-before-after');
}

// A video drafted with the two people followed through it, then tagged, made publishable and
// submitted, as the approver sees it (both videos side by side).
async function videoScreens(head, lead, url) {
  const base = `${url}/schools/${SCHOOL}`;
  await lead.goto(`${base}/posts/new`);
  await lead.getByRole('heading', { name: 'Draft a post' }).waitFor();
  await lead.locator('#account').check();
  await lead.getByLabel('Video', { exact: true }).check();
  const mp4 = readFileSync(join(repoRoot, 'testdata', 'media', 'two_people.mp4'));
  await lead.getByLabel('Add a video').setInputFiles({ name: 'relay.mp4', mimeType: 'video/mp4', buffer: mp4 });
  await lead.getByRole('button', { name: 'Upload video' }).click();
  await lead.getByRole('heading', { name: 'Video 1' }).waitFor({ timeout: 120_000 });
  await lead.getByLabel('Caption').fill('Sports day relay, in motion!');
  await lead.getByLabel(/^Person 1 \(/).selectOption(PUPIL);
  await shoot(lead, 'post-video-people');
  await lead.getByLabel(/^Person 2 \(/).selectOption('not_a_pupil');
  await lead.getByRole('button', { name: 'Save tags for video 1' }).click();
  await lead.getByText('Tags saved').waitFor();
  await lead.getByRole('button', { name: 'Make the publishable version of video 1' }).click();
  await lead.getByText('Publishable version made').waitFor({ timeout: 120_000 });
  await submitAndOpenAsApprover(lead, head, 'Videos: before and after');
  await head.locator('video[aria-label^="Video 1 as it will be published"]').waitFor();
  await head.waitForTimeout(800);
  await shoot(head, 'post-video-before-after');
}

async function importScreens(head, moderator, url) {
  const base = `${url}/schools/${SCHOOL}`;
  await head.goto(`${base}/consent/import`);
  await head.getByLabel('Or paste the CSV').fill('pupil_id,academic_year,platform,image,video,name,given_by,recorded_on,withdrawn_on\nNOPE1,2026/27,facebook,true,false,false,parent,2026-09-10,\nBEL1005,2026/27,myspace,maybe,false,false,parent,2026-09-10,\n');
  await head.getByRole('button', { name: 'Import decisions' }).click();
  await head.getByText('The consent decisions were not imported').waitFor();
  await shoot(head, 'consent-import-errors');
  await moderator.goto(`${base}/comments/import`);
  await moderator.locator('#comments-account').check();
  await moderator.getByLabel('Or paste the CSV').fill('comment_id,text,received_at\nc1,Is the fair on?,2026-11-21T10:00:00Z\nc2,,2026-11-21T10:00:00Z\nc3,Hello,next tuesday\n');
  await moderator.getByRole('button', { name: 'Import comments' }).click();
  await moderator.getByText('The comments were not imported').waitFor();
  await shoot(moderator, 'comments-import-errors');
}

async function subjectAccessScreen(dpo, url) {
  await dpo.goto(`${url}/schools/${SCHOOL}/subject-access/${PUPIL}`);
  await dpo.getByRole('link', { name: 'Download the export (JSON)' }).waitFor();
  await shoot(dpo, 'subject-access');
}

// The school's contacts, a refused change, the mail delivery list (one DPO with an address gets
// the breach mail, the demo DPO without one does not) and a member of staff's export.
async function schoolScreens(head, url) {
  const base = `${url}/schools/${SCHOOL}`;
  await head.goto(`${base}/contacts`);
  await head.getByRole('link', { name: 'Change the school’s contacts' }).waitFor();
  await shoot(head, 'school-contacts');
  await head.getByRole('link', { name: 'Change the school’s contacts' }).click();
  const phones = head.getByLabel('Phone numbers');
  await phones.fill(`${await phones.inputValue()}\ncall us`);
  await head.getByRole('button', { name: 'Save the contacts' }).click();
  await head.locator('.govuk-error-summary').waitFor();
  await shoot(head, 'school-contacts-errors');
  for (const [id, name, email] of [['deputy-dpo', 'Deputy data officer', 'deputy.dpo@belgrave.example'], ['dpo-no-mail', 'Data officer without an address', '']]) {
    await apiSend(head, 'POST', `/api/schools/${SCHOOL}/people`, { id, display_name: name, email, category: 'support_staff', start_date: '2025-09-01' });
    await apiSend(head, 'POST', `/api/schools/${SCHOOL}/roles`, { person_id: id, role: 'dpo' });
  }
  await apiSend(head, 'POST', `/api/schools/${SCHOOL}/cases`, { concern_type: 'data_protection_breach', summary: 'Class list emailed to the wrong parent', fields: { description: 'Sent in error', first_seen_at: new Date().toISOString().slice(0, 10), data_involved: 'Class list' } });
  await head.waitForTimeout(3000);  // the mail sender runs every second
  await head.goto(`${base}/notifications`);
  await head.locator('main tbody tr').first().waitFor();
  await shoot(head, 'mail-deliveries');
  await head.goto(`${base}/subject-access`);
  await head.getByLabel('Which member of staff is the request about?').selectOption(`dsl.${SCHOOL}`);
  await head.getByRole('button', { name: 'Continue' }).click();
  await head.getByRole('link', { name: 'Download the export (JSON)' }).waitFor();
  await shoot(head, 'subject-access-staff');
}

async function main() {
  mkdirSync(out, { recursive: true });
  process.env.STEWARD_DUE_CHECK_SECONDS ??= '2';  // an overdue comment is escalated within seconds
  const smtp = await startSmtpSink();  // mail is on, so the delivery list shows sent and failed mail
  process.env.STEWARD_SMTP_URL = smtp.url;
  process.env.STEWARD_MAIL_SECONDS ??= '1';
  const server = await startSteward(findSteward());
  const browser = await launchBrowser({ viewport: { width: 1100, height: 800 } });
  try {
    const page = await browser.newPage();
    await signedOutScreens(page, server.url);
    const logins = demoLogins(server.stdout);
    const find = (role) => logins.find((login) => login.school === SCHOOL && login.role === role);
    if (!find('headteacher') || !find('account_administrator')) {
      console.log('the server printed no Belgrave demo logins: signed-in screens not taken');
      return;
    }
    await signIn(page, server.url, find('headteacher'));
    await page.locator('main h2').first().waitFor();
    const admin = await browser.newPage();
    await signIn(admin, server.url, find('account_administrator'));
    await group('roster screens', () => rosterScreens(page, server.url));
    await group('consent screens', () => consentScreens(page, server.url));
    await group('post screens', () => postScreens(page, admin, server.url));
    await group('case and comment screens', () => caseScreens(page, admin, server.url));
    const signedIn = async (role) => {
      const other = await browser.newPage();
      await signIn(other, server.url, find(role));
      return other;
    };
    await group('photo screens', async () => photoScreens(page, await signedIn('communications_lead'), server.url));
    await group('video screens', async () => videoScreens(page, await signedIn('communications_lead'), server.url));
    await group('import screens', async () => importScreens(page, await signedIn('account_moderator'), server.url));
    await group('subject access', async () => subjectAccessScreen(await signedIn('dpo'), server.url));
    await group('case step screens', async () => caseStepScreens(signedIn, server.url));
    await group('school screens', () => schoolScreens(page, server.url));
    await group('home', async () => {
      await page.goto(`${server.url}/`);
      await page.locator('main h2').first().waitFor();
      await page.waitForTimeout(1000);
      await shoot(page, 'home');
    });
  } finally {
    await browser.close();
    await server.stop();
    await smtp.close();
  }
}

main().catch((error) => { console.error(error.stack ?? error); process.exit(1); });
