// Journey of a video in a post (issue 6 item 5, issue 5): testdata/media/two_people.mp4 (two
// people walking past each other for 3 seconds, made by tests/e2e/fixtures/make_two_people_video.cpp)
// is uploaded while drafting; the original plays in a <video>; instead of face boxes the two people
// followed through it are listed with when they are seen and a labelled select each; with one
// person untagged the check gives the reason naming that person; once both are tagged the
// publishable version is made and the approver sees both videos side by side. axe-core on every
// screen.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/harness.mjs';
import { accessible } from './lib/steps.mjs';
import { MEDIA_NEEDS, PUPIL, PUPIL_NAME, SCHOOL, approverOpens, checkAndSubmit, startMediaPost } from './journeys_media.mjs';
import { apiSend } from './journeys_posts.mjs';

// Each named <video> is on the page and points at the given version of the same media item.
async function videosShown(page, names) {
  const sources = [];
  for (const [name, version] of names) {
    const video = page.getByRole('application', { name }).or(page.locator(`video[aria-label^="${name}"]`)).first();
    await video.waitFor();
    const src = await video.getAttribute('src');
    assert.match(src, new RegExp(`/media/md-[^/]+/preview\\?version=${version}$`), `${name} plays the ${version} version`);
    assert.equal(await video.getAttribute('controls'), '', `${name} has player controls`);
    // The browser can play it: its first frame is decoded at the video's size.
    await page.waitForFunction((element) => element.readyState >= 2 && element.videoWidth === 480, await video.elementHandle(), { timeout: 30_000 })
      .catch(() => assert.fail(`${name} does not play in the browser`));
    sources.push(src);
  }
  return sources;
}

async function draftWithVideo({ url, browser, logins }) {
  const { page, problems } = await startMediaPost(browser, url, logins, 'Video');
  assert.equal(await page.getByLabel('Add a video').getAttribute('accept'), 'video/mp4,video/quicktime');
  await accessible(page, 'draft with the video upload');

  const mp4 = readFileSync(join(repoRoot, 'testdata', 'media', 'two_people.mp4'));
  await page.getByLabel('Add a video').setInputFiles({ name: 'sports-day.mp4', mimeType: 'video/mp4', buffer: mp4 });
  await page.getByRole('button', { name: 'Upload video' }).click();
  await page.getByRole('heading', { name: 'Video 1' }).waitFor({ timeout: 120_000 });
  await videosShown(page, [['Video 1 as uploaded', 'original']]);
  const people = page.getByRole('list', { name: 'People in video 1' }).getByRole('combobox');
  assert.equal(await people.count(), 2, 'the two people are followed through the video');
  assert.equal(await page.locator('.steward-photo__face').count(), 0, 'no face boxes over a video');
  await page.getByText('2 of 2 people are not tagged yet').waitFor();
  const described = await page.getByRole('list', { name: 'People in video 1' }).textContent();
  assert.match(described, /Seen 0:00–0:02, in 3 of the frames checked/, `each person's time span (${described})`);
  await accessible(page, 'draft with a video and its people');

  await page.getByLabel('Caption').fill('Sports day relay, in motion!');
  await page.getByLabel('Find a pupil to tag').fill(PUPIL_NAME);
  await page.getByRole('button', { name: new RegExp(`^Tag ${PUPIL_NAME}`) }).click();
  await page.getByRole('button', { name: 'Save and check' }).click();
  await page.getByRole('heading', { name: 'Check results' }).waitFor();
  await page.getByRole('heading', { name: 'Video 1' }).waitFor();
  const postUrl = page.url();

  // One person tagged as the pupil, the other left untagged: the check names that person.
  await page.getByLabel(/^Person 1 \(/).selectOption(PUPIL);
  await page.getByText('1 of 2 people are not tagged yet').waitFor();
  await page.getByRole('button', { name: 'Save tags for video 1' }).click();
  await page.locator('.govuk-notification-banner', { hasText: /Tags saved/ }).waitFor();
  await page.getByRole('heading', { name: 'Video 1' }).waitFor();
  assert.equal(await page.getByLabel(/^Person 1 \(/).inputValue(), PUPIL, 'the tag is kept');
  const findings = page.getByRole('list', { name: 'Findings' });
  await findings.waitFor();
  const reasons = await findings.textContent();
  assert.match(reasons, /A person in the video is not tagged/, `an untagged person holds the post back (${reasons})`);
  assert.match(reasons, /video 1, person 2/, `the reason names the person (${reasons})`);
  await findings.getByRole('link', { name: 'video 1, person 2' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'video-1-track-1', 'the reason leads to that person’s select');
  await accessible(page, 'video post with an untagged person');

  await page.getByLabel(/^Person 2 \(/).selectOption('not_a_pupil');
  await page.getByText('Every person has a tag.').waitFor();
  await page.getByRole('button', { name: 'Save tags for video 1' }).click();
  // The banner of the first save is still up: wait for the checked-again findings instead.
  await page.waitForFunction(() => !document.querySelector('[aria-label="Findings"]')?.textContent?.includes('video 1, person 2'),
    null, { timeout: 60_000 }).catch(() => assert.fail('the tagged person no longer holds it back'));
  await page.getByRole('heading', { name: 'Video 1' }).waitFor();
  assert.equal(await page.getByLabel(/^Person 2 \(/).inputValue(), 'not_a_pupil');

  await page.getByRole('button', { name: 'Make the publishable version of video 1' }).click();
  await page.getByText('Publishable version made').waitFor({ timeout: 120_000 });
  const [before, after] = await videosShown(page, [['Video 1 as uploaded', 'original'], ['Video 1 as it will be published', 'redacted']]);
  const redacted = await page.evaluate(async (src) => {
    const response = await fetch(src, { credentials: 'same-origin' });
    return { status: response.status, type: response.headers.get('content-type'), bytes: (await response.arrayBuffer()).byteLength };
  }, after);
  assert.deepEqual([redacted.status, redacted.type], [200, 'video/mp4'], `the publishable version is an MP4 (${JSON.stringify(redacted)})`);
  assert.ok(redacted.bytes > 1000, 'the publishable version has content');
  assert.notEqual(before, after);
  // The caption says what the server blurred (a person tagged "not a pupil" is not, in today's policy).
  const mediaId = /\/media\/(md-[^/]+)\//.exec(after)[1];
  const item = (await apiSend(page, 'GET', `/api/schools/${SCHOOL}/media/${mediaId}`)).body;
  assert.equal(item.kind, 'video');
  const count = item.redacted_tracks.length;
  const blurred = count === 0 ? 'No one blurred' : count === 1 ? '1 person blurred' : `${count} people blurred`;
  await page.getByText(`${blurred}; no location, date or camera details.`).waitFor();
  await accessible(page, 'video before and after (author)');

  await checkAndSubmit(page, problems);

  // The approver sees both videos side by side, with who each person is.
  const head = await approverOpens(browser, url, logins, postUrl, 'Videos: before and after');
  await videosShown(head, [['Video 1 as uploaded', 'original'], ['Video 1 as it will be published', 'redacted']]);
  assert.equal(await head.locator('video').count(), 2, 'two videos side by side');
  const tags = await head.locator('dl[aria-label="People in video 1"]').textContent();
  assert.ok(tags.includes(`${PUPIL_NAME} (${PUPIL})`), `the approver sees who each person is (${tags})`);
  assert.match(tags, /Not a pupil/);
  await head.getByRole('heading', { name: 'Approve or reject' }).waitFor();
  await accessible(head, 'approver: video before and after');
  await head.close();
}

export const videoJourneys = [
  { name: 'draft with a video: people followed and tagged, the reason for an untagged one, approver sees both videos', body: draftWithVideo, needs: MEDIA_NEEDS },
];
