// One post: its details, the caption with each check finding highlighted at its span beside the
// check's results in plain English, the step that comes next for its state (check, fix and check
// again, submit, approve or reject with a comment, mark published with the live address, take
// down), and its history. Every rule is the API's: a refused step shows the server's reason.
import { useState } from 'preact/hooks';
import { postsApi, type CheckResult, type PostDetail } from '../../api/posts';
import type { Pupil } from '../../api/types';
import { useFlash } from '../../components/flash';
import { BackLink, SuccessBanner, SummaryList, Table, Tag } from '../../components/govuk';
import { HighlightedCaption } from '../../components/highlighted-caption';
import { LoadFailure, Loading, Page } from '../../components/page';
import { useApi } from '../../components/use-api';
import { isHighlightable } from '../../lib/spans';
import { dateName, decisionName, humanise, mediaKindName, personName, platformName, reasonText, stateName, timeName } from '../labels';
import { PostPhotos } from '../media/post-photos';
import type { PhotoMode } from '../media/photo-panel';
import { PostActions } from './post-actions';
import { loadPupils, PostForm } from './post-form';

export function PostPage({ schoolId, postId }: { schoolId: string; postId: string }) {
  const flash = useFlash();
  const [reloads, setReloads] = useState(0);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string>();
  const detail = useApi(() => postsApi.get(schoolId, postId), [schoolId, postId], reloads);
  const accounts = useApi(() => postsApi.accounts(schoolId), [schoolId]);
  const pupils = useApi(() => loadPupils(schoolId).catch(() => [] as Pupil[]), [schoolId]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  const reload = (message?: string) => {
    setNotice(message);
    setEditing(false);
    setReloads((count) => count + 1);
  };

  if (detail.loading && !detail.data) return <Loading />;
  if (detail.error || !detail.data) return <LoadFailure error={detail.error!} />;
  const { post, check, history } = detail.data;
  const account = accounts.data?.find((candidate) => candidate.id === post.account_id);
  const byId = new Map((pupils.data ?? []).map((pupil) => [pupil.id, pupil]));
  const state = stateName(post.state);
  const currentCheck = check && (check.version === undefined || post.version === undefined || check.version === post.version) ? check : null;

  return (
    <>
      <BackLink href={`${base}/posts`}>Back to posts</BackLink>
      {(notice || flash) && <SuccessBanner title={notice ?? flash!.title}>{flash?.text && !notice ? <p class="govuk-body">{flash.text}</p> : null}</SuccessBanner>}
      <Page title={`Post to ${account ? account.handle : 'an account'}`} caption={platformName(post.platform ?? account?.platform ?? '')}>
        <p class="govuk-body">Status: <Tag colour={state.colour}>{state.text}</Tag></p>
        <SummaryList rows={[
          { key: 'Account', value: account ? `${account.handle} (${platformName(account.platform)})` : post.account_id },
          { key: 'Photo or video', value: mediaKindName(post.media_kind) },
          { key: 'Pupils tagged', value: post.tagged_pupil_ids.length === 0 ? 'None' : post.tagged_pupil_ids.map((id) => `${personName(byId.get(id), id)} (${id})`).join(', ') },
          { key: 'Posting date', value: dateName(post.posting_date) },
          ...(post.live_url ? [{ key: 'Published at', value: <a class="govuk-link" href={post.live_url} rel="noreferrer noopener">{post.live_url}</a> }] : []),
        ]} />
        {editing && accounts.data && (
          <section aria-labelledby="edit-heading">
            <h2 class="govuk-heading-m" id="edit-heading">Change the post</h2>
            <PostForm schoolId={schoolId} accounts={accounts.data} pupils={pupils.data ?? []} submitText="Save and check again"
              initial={{ account_id: post.account_id, media_kind: post.media_kind, caption: post.caption, tagged_pupil_ids: post.tagged_pupil_ids, posting_date: post.posting_date, media_ids: post.media_ids }}
              onSubmit={async (changed) => {
                try {
                  await postsApi.edit(schoolId, postId, changed);
                  await postsApi.check(schoolId, postId);
                  reload('Post changed and checked again');
                  return undefined;
                } catch (failure) {
                  return (failure as { body?: { message: string } }).body?.message ?? 'The post could not be saved; try again.';
                }
              }} />
          </section>
        )}
        {!editing && (
          <div class="govuk-grid-row">
            <div class="govuk-grid-column-one-half">
              <h2 class="govuk-heading-m">Caption</h2>
              <HighlightedCaption caption={post.caption} findings={currentCheck?.details ?? []} />
            </div>
            <div class="govuk-grid-column-one-half">
              <CheckResults check={currentCheck} stale={Boolean(check && !currentCheck)} caption={post.caption} byId={byId} mediaIds={post.media_ids} mediaKind={post.media_kind} />
            </div>
          </div>
        )}
        {!editing && post.media_ids.length > 0 && (
          <section aria-labelledby="photos-heading" class="govuk-!-margin-bottom-6">
            <h2 class="govuk-heading-l" id="photos-heading">{post.media_kind === 'video' ? 'Videos' : 'Photos'}{post.state === 'submitted' ? ': before and after' : ''}</h2>
            <PostPhotos schoolId={schoolId} mediaIds={post.media_ids} mediaKind={post.media_kind} pupils={pupils.data ?? []} taggedInPost={post.tagged_pupil_ids}
              mode={photoMode(post.state)} target={{ platform: post.platform ?? account?.platform, posting_date: post.posting_date }}
              onTagsSaved={async () => {
                try {
                  await postsApi.check(schoolId, postId);
                  reload(post.media_kind === 'video' ? 'Tags saved and the post checked again' : 'Face tags saved and the post checked again');
                } catch {
                  reload(post.media_kind === 'video' ? 'Tags saved; check the post again' : 'Face tags saved; check the post again');
                }
              }} />
          </section>
        )}
        {!editing && <PostActions schoolId={schoolId} detail={detail.data} hasCheck={Boolean(currentCheck)} onDone={reload} onEdit={() => setEditing(true)} />}
        <History events={history} />
      </Page>
    </>
  );
}

function photoMode(state: string): PhotoMode {
  if (state === 'draft' || state === 'checked' || state === 'rejected') return 'edit';
  return state === 'submitted' ? 'review' : 'view';
}

// "photo 1, face 2" for a finding about a photo, with the id of that face's entry; for a video
// post, `face` names the track: "video 1, person 2".
function photoPlace(finding: CheckResult['details'][number], mediaIds: string[], mediaKind?: string) {
  if (!finding.media_id) return null;
  const photo = mediaIds.indexOf(finding.media_id) + 1;
  if (photo === 0) return null;
  const face = typeof finding.face === 'number' ? finding.face : undefined;
  const [noun, part, anchor] = mediaKind === 'video' ? ['video', 'person', 'track'] : ['photo', 'face', 'face'];
  return {
    text: face === undefined ? `${noun} ${photo}` : `${noun} ${photo}, ${part} ${face + 1}`,
    href: face === undefined ? `#${noun}-${photo}-heading` : `#${noun}-${photo}-${anchor}-${face}`,
  };
}

function CheckResults({ check, stale, caption, byId, mediaIds, mediaKind }: { check: CheckResult | null; stale: boolean; caption: string; byId: Map<string, Pupil>; mediaIds: string[]; mediaKind?: string }) {
  if (!check) {
    return (
      <section aria-labelledby="check-heading">
        <h2 class="govuk-heading-m" id="check-heading">Check</h2>
        <p class="govuk-body">{stale ? 'The post has changed since it was last checked. Check it again.' : 'The post has not been checked yet.'}</p>
      </section>
    );
  }
  const decision = decisionName(check.decision);
  return (
    <section aria-labelledby="check-heading">
      <h2 class="govuk-heading-m" id="check-heading">Check results</h2>
      <p class="govuk-body" role="status"><Tag colour={decision.colour}>{decision.text}</Tag>{check.checked_at ? ` ${timeName(check.checked_at)}` : ''}</p>
      {check.details.length === 0 ? <p class="govuk-body">Nothing was found that needs changing.</p> : (
        <ol class="govuk-list govuk-list--number" aria-label="Findings">
          {check.details.map((finding, index) => (
            <li key={index} class="govuk-!-margin-bottom-3">
              <strong>{reasonText(finding.reason, mediaKind)}</strong>
              {finding.pupil_id && <span> ({personName(byId.get(finding.pupil_id), `pupil ${finding.pupil_id}`)})</span>}
              {photoPlace(finding, mediaIds, mediaKind) && (
                <span> – <a class="govuk-link" href={photoPlace(finding, mediaIds, mediaKind)!.href} onClick={focusTarget}>{photoPlace(finding, mediaIds, mediaKind)!.text}</a></span>
              )}
              <br /><span class="govuk-body-s">{finding.message}</span>
              {isHighlightable(caption, finding) && (
                <><br /><a class="govuk-link govuk-body-s" href={`#finding-mark-${index + 1}`} onClick={(event) => focusMark(event, index + 1)}>Show in the caption<span class="govuk-visually-hidden"> (finding {index + 1})</span></a></>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function focusTarget(event: MouseEvent) {
  const id = (event.currentTarget as HTMLAnchorElement).getAttribute('href')?.slice(1) ?? '';
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView();
  target.focus();
}

function focusMark(event: MouseEvent, number: number) {
  const mark = document.getElementById(`finding-mark-${number}`);
  if (!mark) return;
  event.preventDefault();
  mark.focus();
}

function History({ events }: { events: PostDetail['history'] }) {
  if (events.length === 0) return null;
  return (
    <Table caption="History" head={['When', 'Who', 'What', 'Comment']}
      rows={events.map((event) => [
        timeName(event.at), event.actor_name ?? event.actor,
        event.to_state ? `${humanise(event.action)} (${stateName(event.to_state).text.toLowerCase()})` : humanise(event.action),
        event.comment ?? '',
      ])} />
  );
}
