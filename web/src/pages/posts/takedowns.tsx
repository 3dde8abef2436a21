// Takedown tasks: each published post that must come down because consent was withdrawn, with
// its deadline, for the account's administrators. Marking one done records who and when.
import { useState } from 'preact/hooks';
import { postsApi, type TakedownTask } from '../../api/posts';
import { ErrorSummary } from '../../components/error-summary';
import { Button, SuccessBanner, Table, Tag } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { asApiError, useApi } from '../../components/use-api';
import { reasonText, timeName } from '../labels';

export function TakedownsPage({ schoolId }: { schoolId: string }) {
  const [reloads, setReloads] = useState(0);
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const tasks = useApi(() => postsApi.takedowns(schoolId, true), [schoolId], reloads);
  const base = `/schools/${encodeURIComponent(schoolId)}`;

  async function markDone(task: TakedownTask) {
    setError(undefined);
    try {
      await postsApi.takedownDone(schoolId, task.id, 'Removed from the platform');
      setDone('Takedown task marked as done');
      setReloads((count) => count + 1);
    } catch (failure) {
      setError(asApiError(failure).body.message);
    }
  }

  return (
    <>
      <ErrorSummary problems={error ? [{ text: error, href: '#takedown-tasks' }] : []} />
      {done && <SuccessBanner title={done}>{null}</SuccessBanner>}
      <Page title="Takedown tasks">
        <p class="govuk-body">When consent is withdrawn, every published post that shows or names the pupil must be taken down. Remove the post from the platform, then mark the task done.</p>
        {tasks.loading && !tasks.data && <Loading />}
        {tasks.error && <LoadFailure error={tasks.error} />}
        {tasks.data && tasks.data.length === 0 && <p class="govuk-body" role="status" id="takedown-tasks">There are no open takedown tasks.</p>}
        {tasks.data && tasks.data.length > 0 && (
          <div id="takedown-tasks" tabIndex={-1}>
            <Table caption={`${tasks.data.length} open ${tasks.data.length === 1 ? 'task' : 'tasks'}`}
              head={['Post', 'Why', 'Due', 'Status', 'Action']}
              rows={tasks.data.map((task, index) => [
                <a class="govuk-link" href={`${base}/posts/${encodeURIComponent(task.post_id)}`}>Post {index + 1}<span class="govuk-visually-hidden"> of the open tasks</span></a>,
                !task.reason ? 'Consent withdrawn' : /^[A-Z_]+$/.test(task.reason) ? reasonText(task.reason) : task.reason,
                timeName(task.due_at),
                task.state === 'done' ? <Tag colour="green">Done</Tag> : <Tag colour="red">To do</Tag>,
                task.state === 'done' ? '' : <Button type="button" secondary onClick={() => markDone(task)}>Mark done<span class="govuk-visually-hidden"> (post {index + 1})</span></Button>,
              ])} />
          </div>
        )}
      </Page>
    </>
  );
}
