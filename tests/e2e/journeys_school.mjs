// Journeys of a school's own records (issue 5): the school's contacts, read by everyone and
// changed by those who keep the records (a refused phone number and venue postcode shown at
// their field, nothing typed lost); the mail delivery list, from the navigation for those who may
// read it, with a delivery sent to a loopback SMTP sink and one failed for want of an address,
// never an address shown; and the staff subject access export (the headteacher exports a member
// of staff, not themself; the IT manager cannot). axe-core on every screen.
import assert from 'node:assert/strict';
import { watchPage } from './lib/harness.mjs';
import { S, SESSION_API, accessible, benign, loginFor } from './lib/steps.mjs';
import { signIn } from './journeys.mjs';
import { apiSend } from './journeys_posts.mjs';

const SCHOOL = 'belgrave';
const login = (logins, role, school = SCHOOL) => loginFor(logins, role, school);
const focused = (page) => page.evaluate(() => document.activeElement?.id);

async function schoolContacts({ url, browser, logins }) {
  const comms = await browser.newPage();
  await signIn(comms, url, login(logins, 'communications_lead'));
  await comms.goto(`${url}/schools/${SCHOOL}`);
  await comms.getByRole('link', { name: /^The school’s contacts/ }).click();
  await comms.getByRole('heading', { name: 'The school’s contacts' }).waitFor();
  await comms.getByText('0116 496 0123').waitFor();
  await comms.getByText('You can read these but not change them').waitFor();
  assert.equal(await comms.getByRole('link', { name: 'Change the school’s contacts' }).count(), 0, 'no change for a role the server refuses');
  await accessible(comms, 'contacts (read only)');
  await comms.goto(`${url}/schools/${SCHOOL}/contacts/change`);
  await comms.getByText('You can read the school’s contacts but not change them').waitFor();
  assert.equal(await comms.getByRole('button', { name: 'Save the contacts' }).count(), 0);
  await comms.close();

  const head = await browser.newPage();
  const problems = watchPage(head);
  await signIn(head, url, login(logins, 'headteacher'));
  await head.goto(`${url}/schools/${SCHOOL}/contacts`);
  await head.getByRole('link', { name: 'Change the school’s contacts' }).click();
  await head.getByRole('heading', { name: 'Change the school’s contacts' }).waitFor();
  await accessible(head, 'change contacts');
  const phones = head.getByLabel('Phone numbers');
  const stored = await phones.inputValue();
  await phones.fill(`${stored}\n\ncall us`);
  const line = stored.split('\n').length + 2;
  await head.getByRole('button', { name: 'Save the contacts' }).click();
  const summary = head.locator('.govuk-error-summary');
  await summary.getByRole('link', { name: `Phone numbers, line ${line}: A phone number may hold only digits, spaces, +, ( ) and -.` }).click();
  assert.equal(await focused(head), 'contacts-phones', 'the server’s refusal links to the box it is about');
  assert.equal(await phones.inputValue(), `${stored}\n\ncall us`, 'nothing typed is lost');
  await head.locator('#contacts-phones-error').waitFor();
  await accessible(head, 'contacts refused at the phone numbers');

  await phones.fill(`${stored}\n0116 496 0999`);
  const places = await head.locator('legend', { hasText: /^Place \d+$/ }).count();
  await head.getByRole('button', { name: 'Add another place' }).click();
  await head.waitForFunction((id) => document.activeElement?.id === id, `venue-${places + 1}-name`, { timeout: 5000 })
    .catch(() => assert.fail('the new place’s name takes focus'));
  await head.locator(`#venue-${places + 1}-name`).fill('Abbey Park');
  await head.locator(`#venue-${places + 1}-postcode`).fill('X1');
  await head.getByRole('button', { name: 'Save the contacts' }).click();
  await summary.getByRole('link', { name: new RegExp(`^Place ${places + 1}, postcode: A postcode is`) }).click();
  assert.equal(await focused(head), `venue-${places + 1}-postcode`);
  assert.equal(await head.locator(`#venue-${places + 1}-name`).inputValue(), 'Abbey Park', 'nothing typed is lost');
  await accessible(head, 'contacts refused at a place’s postcode');
  await head.locator(`#venue-${places + 1}-postcode`).fill('LE4 5AQ');
  await head.getByRole('button', { name: 'Save the contacts' }).click();
  await head.getByText('The school’s contacts are saved').waitFor();
  await head.getByRole('heading', { name: 'The school’s contacts', exact: true }).waitFor();
  await head.getByText('0116 496 0999').waitFor();
  await head.getByText('Abbey Park, LE4 5AQ').waitFor();
  await accessible(head, 'contacts saved');
  const read = (await apiSend(head, 'GET', `/api/schools/${SCHOOL}/contacts`)).body;
  assert.ok(read.phones.includes('0116 496 0999'), 'the server stored the new number');
  assert.deepEqual(benign(problems), []);
  await head.close();
}

async function mailDeliveries({ url, browser, logins, smtp }) {
  const stamp = Date.now();
  const address = `deputy.dpo.${stamp}@belgrave.example`;
  const head = await browser.newPage();
  const problems = watchPage(head);
  await signIn(head, url, login(logins, 'headteacher'));
  // Two more DPOs, one with an address and one without: a breach mails every DPO (INC-15).
  for (const [person, name, email] of [[`deputy-dpo-${stamp}`, 'Deputy data officer', address], [`dpo-no-mail-${stamp}`, 'Data officer without an address', '']]) {
    const added = await apiSend(head, 'POST', `/api/schools/${SCHOOL}/people`, { id: person, display_name: name, email, category: 'support_staff', start_date: '2025-09-01' });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.equal((await apiSend(head, 'POST', `/api/schools/${SCHOOL}/roles`, { person_id: person, role: 'dpo' })).status, 201);
  }
  const breach = await apiSend(head, 'POST', `/api/schools/${SCHOOL}/cases`, {
    concern_type: 'data_protection_breach', summary: `Spreadsheet emailed to the wrong parent ${stamp}`,
    fields: { description: 'Sent in error', first_seen_at: new Date().toISOString().slice(0, 10), data_involved: 'Class list' },
  });
  assert.equal(breach.status, 201, JSON.stringify(breach.body));

  await head.goto(`${url}/`);
  await head.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Mail' }).click();
  await head.getByRole('heading', { name: 'Mail deliveries' }).waitFor();
  // The sender runs every second: wait for the sent copy and the failed one.
  const rows = head.locator('main tbody tr', { hasText: `case ${breach.body.id}` });
  for (let tries = 0; tries < 30; tries++) {
    const text = (await rows.allTextContents()).join('\n');
    if (/Deputy data officer[\s\S]*Sent/.test(text) && /without an address[\s\S]*Failed/.test(text)) break;
    await head.waitForTimeout(1000);
    await head.reload();
    await head.getByRole('heading', { name: 'Mail deliveries' }).waitFor();
  }
  const sent = rows.filter({ hasText: 'Deputy data officer' });
  await sent.locator('.govuk-tag', { hasText: 'Sent' }).waitFor();
  const failed = rows.filter({ hasText: 'Data officer without an address' });
  await failed.locator('.govuk-tag', { hasText: 'Failed' }).first().waitFor();
  assert.match((await failed.first().textContent()), /no email address/);
  assert.match((await failed.first().textContent()), /Next attempt/);
  assert.ok(smtp.recipients.includes(address), 'the mail really went to the sink');
  const main = await head.locator('main').textContent();
  assert.doesNotMatch(main, /@/, 'no email address on the delivery list');
  assert.ok((await head.locator('main').innerHTML()).indexOf(address) < 0, 'nor in its markup');
  await head.locator('.govuk-warning-text').waitFor();
  await accessible(head, 'mail deliveries');
  await rows.first().getByRole('link').click();
  await head.getByRole('heading', { name: 'A data protection breach' }).or(head.getByText('Sorry, this could not be shown')).first().waitFor();
  assert.deepEqual(benign(problems), []);
  await head.close();

  const comms = await browser.newPage();
  await signIn(comms, url, login(logins, 'communications_lead'));
  assert.equal(await comms.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Mail' }).count(), 0, 'not in the navigation of a role that may not read it');
  await comms.goto(`${url}/schools/${SCHOOL}/notifications`);
  await comms.getByText('You do not have access to this').waitFor();
  await accessible(comms, 'mail deliveries refused');
  await comms.close();
}

async function staffSubjectAccess({ url, browser, logins }) {
  const head = await browser.newPage();
  const problems = watchPage(head);
  await signIn(head, url, login(logins, 'headteacher'));
  await head.goto(`${url}/schools/${SCHOOL}/subject-access`);
  await head.getByRole('heading', { name: 'A member of staff' }).waitFor();
  await head.getByRole('button', { name: 'Continue' }).click();
  await head.locator('.govuk-error-summary').getByRole('link', { name: 'Select the member of staff the request is about' }).click();
  assert.equal(await focused(head), 'sar-staff');
  const own = head.locator('#sar-staff option', { hasText: '– you' });
  assert.equal(await own.count(), 1, 'the signed-in person is listed as themself');
  assert.equal(await own.isDisabled(), true, 'and cannot be chosen');
  await accessible(head, 'subject access with the staff list');
  const choice = await head.locator('#sar-staff option', { hasText: 'Demo dsl' }).getAttribute('value');
  await head.getByLabel('Which member of staff is the request about?').selectOption(choice);
  await head.getByRole('button', { name: 'Continue' }).click();
  await head.getByRole('heading', { name: 'Subject access export' }).waitFor();
  await head.getByText(`Demo dsl (${choice})`).waitFor();
  assert.equal(new URL(head.url()).pathname, `/schools/${SCHOOL}/subject-access/staff/${choice}/export`, 'the address carries the id only');
  await head.getByText('Designated safeguarding lead').first().waitFor();
  await accessible(head, 'staff subject access export');
  const json = head.getByRole('link', { name: 'Download the export (JSON)' });
  const download = await head.evaluate(async (href) => {
    const response = await fetch(href, { credentials: 'same-origin' });
    return { status: response.status, body: await response.json() };
  }, await json.getAttribute('href'));
  assert.equal(download.status, 200);
  assert.equal(download.body.person_id, choice);
  assert.equal(download.body.subject_kind, 'staff');
  const [report] = await Promise.all([head.context().waitForEvent('page'), head.getByRole('link', { name: /printable report/ }).click()]);
  await report.waitForLoadState();
  assert.match(await report.content(), /Demo dsl/);
  await report.close();
  // Their own export, reached by its address: the server's refusal in words, no links.
  await head.goto(`${url}/schools/${SCHOOL}/subject-access/staff/headteacher.${SCHOOL}/export`);
  await head.getByText('A subject access request about yourself is exported by the DPO').waitFor();
  assert.equal(await head.getByRole('link', { name: /Download the export/ }).count(), 0);
  await accessible(head, 'own staff export refused');
  assert.deepEqual(benign(problems), []);
  await head.close();

  const it = await browser.newPage();
  await signIn(it, url, login(logins, 'it_manager'));
  await it.goto(`${url}/schools/${SCHOOL}/subject-access/staff/dsl.${SCHOOL}/export`);
  await it.getByText('Only the headteacher or the data protection officer can produce a subject access export.').waitFor();
  assert.equal(await it.getByRole('link', { name: /Download the export/ }).count(), 0);
  await accessible(it, 'staff export refused (IT manager)');
  await it.close();
}

export const schoolJourneys = [
  { name: 'school contacts: read by the communications lead; the head’s refused number and postcode shown at their field, then saved', body: schoolContacts,
    needs: [...SESSION_API, `${S}/contacts`] },
  { name: 'mail deliveries: from the head’s navigation, a breach mail sent to a DPO and failed for one without an address, no address shown; not for the comms lead', body: mailDeliveries,
    needs: [...SESSION_API, `${S}/notifications`, `${S}/people`, `${S}/roles`, `${S}/cases`] },
  { name: 'staff subject access: the head exports a member of staff, not themself; the IT manager cannot', body: staffSubjectAccess,
    needs: [...SESSION_API, `${S}/subject-access/staff/{person_id}`, `${S}/people`] },
];
