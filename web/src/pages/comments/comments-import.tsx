// Comments import: comments exported from a platform for one official account, screened and
// queued with their deadlines as if they had arrived by webhook. All or nothing; a comment
// already queued (same platform comment id) is counted as a duplicate, never stored twice.
import { useState } from 'preact/hooks';
import { commentsApi } from '../../api/cases';
import { postsApi } from '../../api/posts';
import { Radios } from '../../components/choices';
import { CsvImport } from '../../components/csv-import';
import { BackLink } from '../../components/govuk';
import { LoadFailure, Loading } from '../../components/page';
import { useApi } from '../../components/use-api';
import { platformName } from '../labels';

export function CommentsImportPage({ schoolId }: { schoolId: string }) {
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  const accounts = useApi(() => postsApi.accounts(schoolId), [schoolId]);
  const [account, setAccount] = useState<string>();
  const [accountError, setAccountError] = useState<string>();
  return (
    <>
      <BackLink href={`${base}/comments`}>Back to comments</BackLink>
      {accounts.loading && <Loading />}
      {accounts.error && <LoadFailure error={accounts.error} />}
      {accounts.data && (
        <CsvImport id="comments" title="Import comments" refusedTitle="The comments were not imported"
          buttonText="Import comments" successTitle="Comments imported"
          extra={(
            <Radios id="comments-account" name="comments-account" legend="Which account are the comments from?" value={account}
              onChange={(value) => { setAccount(value); setAccountError(undefined); }} error={accountError}
              options={accounts.data.map((a) => ({ value: a.id, text: `${a.handle} (${platformName(a.platform)})` }))} />
          )}
          checkExtra={() => {
            const missing = account ? undefined : 'Select which account the comments are from';
            setAccountError(missing);
            return missing ? { text: missing, href: '#comments-account' } : undefined;
          }}
          send={async (csv) => {
            const done = await commentsApi.importCsv(schoolId, account!, csv);
            return (
              <p class="govuk-body">
                {done.imported} {done.imported === 1 ? 'comment' : 'comments'} queued
                {done.duplicates > 0 ? `; ${done.duplicates} already in the queue` : ''}.{' '}
                <a class="govuk-notification-banner__link" href={`${base}/comments`}>See the queue</a>
              </p>
            );
          }}>
          <p class="govuk-body">The file needs a header row with the columns <code class="steward-monospace">comment_id, text, received_at</code>, and may add <code class="steward-monospace">author_handle, author_name, post_id, link</code>.</p>
          <p class="govuk-body">Times are written like 2026-11-21T10:00:00Z, or as UK time like 2026-11-21 10:00. Each comment is screened and gets its reply deadline from the school’s policy. Nothing is imported if any row has a problem.</p>
        </CsvImport>
      )}
    </>
  );
}
