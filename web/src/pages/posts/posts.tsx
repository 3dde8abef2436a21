// Posts: the school's posts by state (drafts, waiting for approval, approved, published, ...),
// with links to draft a new one, the takedown tasks and the school's accounts; and the page that
// drafts a post, which then opens the post to check it.
import { useState } from 'preact/hooks';
import { postsApi, postStates, type Post } from '../../api/posts';
import type { Pupil } from '../../api/types';
import { Select } from '../../components/choices';
import { BackLink, Table, Tag } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { asApiError, useApi } from '../../components/use-api';
import { navigate } from '../../router';
import { setFlash } from '../../components/flash';
import { dateName, platformName, stateName } from '../labels';
import { loadPupils, PostForm } from './post-form';

export function PostsPage({ schoolId }: { schoolId: string }) {
  const [state, setState] = useState('all');
  const posts = useApi(() => postsApi.list(schoolId, { state: state === 'all' ? undefined : state }), [schoolId, state]);
  const accounts = useApi(() => postsApi.accounts(schoolId), [schoolId]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  const handle = (post: Post) => accounts.data?.find((account) => account.id === post.account_id)?.handle ?? post.account_id;
  return (
    <Page title="Posts">
      <div class="govuk-button-group">
        <a class="govuk-button" data-module="govuk-button" href={`${base}/posts/new`} draggable={false}>Draft a post</a>
        <a class="govuk-link" href={`${base}/takedowns`}>Takedown tasks</a>
        <a class="govuk-link" href={`${base}/accounts`}>Accounts</a>
      </div>
      <Select id="post-state" label="Show" value={state} onChange={setState}
        options={[{ value: 'all', text: 'All posts' }, ...postStates.map((s) => ({ value: s, text: stateName(s).text }))]} />
      {posts.loading && <Loading />}
      {posts.error && <LoadFailure error={posts.error} />}
      {posts.data && posts.data.length === 0 && <p class="govuk-body" role="status">No posts to show.</p>}
      {posts.data && posts.data.length > 0 && (
        <Table caption={`${posts.data.length} ${posts.data.length === 1 ? 'post' : 'posts'}`} captionVisible={false}
          head={['Caption', 'Account', 'Posting date', 'Status']}
          rows={posts.data.map((post) => [
            <a class="govuk-link" href={`${base}/posts/${encodeURIComponent(post.id)}`}>{excerpt(post.caption)}</a>,
            `${handle(post)}${post.platform ? ` (${platformName(post.platform)})` : ''}`,
            dateName(post.posting_date),
            <Tag colour={stateName(post.state).colour}>{stateName(post.state).text}</Tag>,
          ])} />
      )}
    </Page>
  );
}

function excerpt(caption: string): string {
  const chars = [...caption.trim()];
  return chars.length > 60 ? `${chars.slice(0, 57).join('')}…` : chars.join('') || '(no caption)';
}

export function DraftPostPage({ schoolId }: { schoolId: string }) {
  const accounts = useApi(() => postsApi.accounts(schoolId), [schoolId]);
  const pupils = useApi(() => loadPupils(schoolId).catch(() => [] as Pupil[]), [schoolId]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <BackLink href={`${base}/posts`}>Back to posts</BackLink>
        <Page title="Draft a post">
          {(accounts.loading || pupils.loading) && <Loading />}
          {accounts.error && <LoadFailure error={accounts.error} />}
          {accounts.data && accounts.data.length === 0 && (
            <p class="govuk-body">The school has no official accounts yet. <a class="govuk-link" href={`${base}/accounts`}>Register an account</a> first.</p>
          )}
          {accounts.data && accounts.data.length > 0 && pupils.data && (
            <PostForm schoolId={schoolId} accounts={accounts.data} pupils={pupils.data} submitText="Save and check"
              onSubmit={async (post) => {
                try {
                  const saved = await postsApi.draft(schoolId, post);
                  let checked = 'Draft saved and checked';
                  try {
                    await postsApi.check(schoolId, saved.id);
                  } catch {
                    checked = 'Draft saved; check it from this page';
                  }
                  setFlash(checked);
                  navigate(`${base}/posts/${encodeURIComponent(saved.id)}`);
                  return undefined;
                } catch (failure) {
                  return asApiError(failure).body.message;
                }
              }} />
          )}
        </Page>
      </div>
    </div>
  );
}
