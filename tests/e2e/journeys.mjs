// The journeys that need the access API (POST /api/session and friends) and the demo logins
// `steward serve --demo` prints. run.mjs fails a journey whose API the server does not have.
import assert from 'node:assert/strict';
import { axeViolations, watchPage } from './lib/harness.mjs';

const SESSION_API = ['/api/session', '/api/me', '/api/schools', 'demo-logins'];

// Reads JSON from the API inside the page, with the page's own session cookie.
const apiGet = (page, path) => page.evaluate(async (target) => {
  const response = await fetch(target, { credentials: 'same-origin' });
  return { status: response.status, body: await response.json().catch(() => null) };
}, path);
const listOf = (body, key) => (Array.isArray(body) ? body : body?.[key] ?? []);

async function assertAccessible(page, where) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe violations on ${where}`);
}

export async function signIn(page, url, login) {
  await page.goto(`${url}/`);
  await page.getByRole('heading', { name: 'Sign in to Steward' }).waitFor();
  await page.getByLabel('Username').fill(login.username);
  await page.getByLabel('Password', { exact: true }).fill(login.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'My tasks' }).waitFor();
}

async function signOut(page) {
  await page.getByRole('button', { name: /^Sign out/ }).click();
  await page.getByRole('heading', { name: 'Sign in to Steward' }).waitFor();
  const me = await apiGet(page, '/api/me');
  assert.equal(me.status, 401, 'GET /api/me after signing out');
}

// Signs in as each demo login in turn and checks the home page lists exactly the schools the API
// gives that user, that another user's school is refused, and that signing out ends the session.
async function twoRolesSeeTheirOwnSchools({ url, browser, logins }) {
  const first = logins[0];
  const second = logins.find((login) => login.school !== first.school && login.role !== first.role) ?? logins[1];
  const seen = [];
  for (const login of [first, second]) {
    const page = await browser.newPage();
    const problems = watchPage(page);
    await signIn(page, url, login);
    const schools = listOf((await apiGet(page, '/api/schools')).body, 'schools');
    const me = (await apiGet(page, '/api/me')).body;
    const covers = (school) => me.roles.some((grant) => grant.school_id === school.id
      || (grant.scope === 'trust' && grant.trust_id && grant.trust_id === school.trust_id));
    assert.ok(schools.length > 0, `${login.username} sees no school`);
    for (const school of schools) assert.ok(covers(school), `${login.username} sees ${school.id} without a role there`);
    await page.locator('main h2').first().waitFor();
    const headings = await page.locator('main h2').allTextContents();
    assert.deepEqual(headings.sort(), schools.map((school) => school.name).sort());
    await assertAccessible(page, `home (${login.username})`);
    seen.push({ login, page, problems, ids: schools.map((school) => school.id) });
  }
  const foreign = seen[1].ids.find((id) => !seen[0].ids.includes(id));
  assert.ok(foreign, `${second.username} and ${first.username} should see different schools`);
  await seen[0].page.goto(`${url}/schools/${encodeURIComponent(foreign)}`);
  await seen[0].page.getByText(/do not have access|could not be found/).waitFor();
  for (const { page, problems } of seen) {
    await signOut(page);
    assert.deepEqual(problems.filter((p) => !/status of 40[134]/.test(p)), []);
    await page.close();
  }
}

// Opens the school, pupils and audit screens of the first login's first school (axe on each) and
// searches the pupils by a surname the API holds.
async function schoolPupilsAndAudit({ url, browser, logins }) {
  const page = await browser.newPage();
  await signIn(page, url, logins[0]);
  const schools = listOf((await apiGet(page, '/api/schools')).body, 'schools');
  const school = schools[0];
  await page.getByRole('link', { name: 'School details' }).first().click();
  await page.getByRole('heading', { name: school.name }).waitFor();
  await assertAccessible(page, 'school');
  await page.goto(`${url}/schools/${encodeURIComponent(school.id)}/pupils`);
  await page.getByRole('heading', { name: 'Pupils' }).waitFor();
  await page.locator('[role=status]').first().waitFor();
  const all = listOf((await apiGet(page, `/api/schools/${encodeURIComponent(school.id)}/pupils`)).body, 'pupils');
  if (all.length > 0) {
    const surname = all[0].last_name;
    const expected = listOf((await apiGet(page, `/api/schools/${encodeURIComponent(school.id)}/pupils?q=${encodeURIComponent(surname)}`)).body, 'pupils');
    await page.getByLabel('Search by name or pupil id').fill(surname);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText(/match(es)? your search/).waitFor();
    assert.equal(await page.locator('main tbody tr').count(), expected.length);
    assert.ok(expected.length > 0, 'a surname on the roster finds its pupil');
    assert.ok(!page.url().includes(surname), 'the search text never reaches the address bar');
  }
  await assertAccessible(page, 'pupils');
  await page.goto(`${url}/schools/${encodeURIComponent(school.id)}/audit`);
  await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
  await page.locator('main table, main p.govuk-body').first().waitFor();
  await assertAccessible(page, 'audit trail');
  await signOut(page);
  await page.close();
}

const BAD_ROSTER = 'pupil_id,first_name,last_name,preferred_name,year_group,do_not_publish\n'
  + 'E2E0001,Ada,Testpupil,,7,false\n'
  + 'E2E0002,,Testpupil,,7,false\n'
  + 'E2E0003,Bo,Testpupil,,Year 99,false\n';
const GOOD_ROSTER = 'pupil_id,first_name,last_name,preferred_name,year_group,do_not_publish\n'
  + 'E2E0001,Ada,Testpupil,,7,false\n'
  + 'E2E0002,Cy,Testpupil,,7,false\n'
  + 'E2E0003,Bo,Testpupil,,8,true\n';

// Imports a roster with bad rows (each row's error listed and linked, nothing imported, the CSV
// kept), then the fixed roster, and finds the new pupils by search.
async function rosterImport({ url, browser, logins }) {
  for (const login of logins) {
    const page = await browser.newPage();
    await signIn(page, url, login);
    const school = listOf((await apiGet(page, '/api/schools')).body, 'schools')[0];
    const base = `${url}/schools/${encodeURIComponent(school.id)}`;
    await page.goto(`${base}/pupils/import`);
    await page.getByRole('heading', { name: 'Import a roster' }).waitFor();
    await assertAccessible(page, 'roster import');
    await page.getByLabel('Or paste the roster CSV').fill(BAD_ROSTER);
    await page.getByRole('button', { name: 'Import roster' }).click();
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    const text = await summary.textContent();
    if (/do not have|not allowed|permission/i.test(text)) {  // this role may not import: next login
      await signOut(page);
      await page.close();
      continue;
    }
    assert.match(text, /Line 3/);
    assert.match(text, /Line 4/);
    await summary.getByRole('link', { name: /Line 3/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'roster-line-3');
    assert.equal(await page.getByLabel('Or paste the roster CSV').inputValue(), BAD_ROSTER, 'nothing lost');
    await assertAccessible(page, 'roster import with row errors');
    const before = listOf((await apiGet(page, `/api/schools/${encodeURIComponent(school.id)}/pupils?q=E2E0001`)).body, 'pupils');
    assert.equal(before.length, 0, 'nothing imported from a roster with bad rows');
    await page.getByLabel('Or paste the roster CSV').fill(GOOD_ROSTER);
    await page.getByRole('button', { name: 'Import roster' }).click();
    await page.getByText('Roster imported').waitFor();
    await assertAccessible(page, 'roster imported');
    await page.goto(`${base}/pupils`);
    await page.getByLabel('Search by name or pupil id').fill('Testpupil');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('3 pupils match your search').waitFor();
    assert.equal(await page.locator('main tbody tr').count(), 3);
    await signOut(page);
    await page.close();
    return;
  }
  throw new Error('no demo login may import a roster');
}

export const journeys = [
  { name: 'two roles sign in, see only their schools, and sign out ends the session', body: twoRolesSeeTheirOwnSchools, needs: SESSION_API },
  { name: 'school, pupil search and audit trail screens', body: schoolPupilsAndAudit, needs: [...SESSION_API, '/api/schools/{school_id}', '/api/schools/{school_id}/pupils', '/api/schools/{school_id}/audit'] },
  { name: 'roster import shows each bad row, imports nothing, then imports the fixed roster', body: rosterImport, needs: [...SESSION_API, '/api/schools/{school_id}/pupils', '/api/schools/{school_id}/roster'] },
];
