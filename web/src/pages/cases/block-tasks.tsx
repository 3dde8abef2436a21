// Block tasks (INC-16): content reached on school equipment opens a task for the blocklist
// manager the school's policy names, to add the address to the filter. The page lists the
// signed-in person's tasks with "mark done" (and a note); the case page shows its own tasks.
import { useState } from 'preact/hooks';
import { blockTasksApi, type BlockTask } from '../../api/cases';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { TextInput } from '../../components/fields';
import { Button, SuccessBanner, Table, Tag } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { asApiError, useApi } from '../../components/use-api';
import { humanise, roleName, timeName } from '../labels';

export function blockTaskState(task: BlockTask) {
  return task.state === 'done' ? <Tag colour="green">Done</Tag> : <Tag colour="red">To block</Tag>;
}

// The case page's list: where the content was reached, its address and the task's state.
export function CaseBlockTasks({ tasks }: { tasks: BlockTask[] }) {
  if (tasks.length === 0) return null;
  return (
    <section aria-labelledby="case-block-tasks" class="govuk-!-margin-bottom-6">
      <h2 class="govuk-heading-m" id="case-block-tasks">Block tasks</h2>
      <p class="govuk-body">The content was reached on school equipment, so the {roleName(tasks[0].assignee_role ?? 'it_manager').toLowerCase()} blocks its address.</p>
      <Table caption="Block tasks of this case" captionVisible={false} head={['Address', 'Device or room', 'Status']}
        rows={tasks.map((task) => [<span class="steward-break">{task.url}</span>, task.device_or_location || 'Not given',
          <>{blockTaskState(task)}{task.done_at ? <span class="govuk-body-s"><br />{timeName(task.done_at)}</span> : null}</>])} />
    </section>
  );
}

export function BlockTasksPage({ schoolId }: { schoolId: string }) {
  const [reloads, setReloads] = useState(0);
  const [notice, setNotice] = useState<string>();
  const tasks = useApi(() => blockTasksApi.list(schoolId), [schoolId], reloads);
  const open = tasks.data?.filter((task) => task.state !== 'done') ?? [];
  const done = tasks.data?.filter((task) => task.state === 'done') ?? [];
  return (
    <>
      {notice && <SuccessBanner title={notice}>{null}</SuccessBanner>}
      <Page title="Block tasks">
        <p class="govuk-body">Addresses of content reached on school devices or the school network, to add to the school’s filter.</p>
        {tasks.loading && !tasks.data && <Loading />}
        {tasks.error && <LoadFailure error={tasks.error} />}
        {tasks.data && open.length === 0 && <p class="govuk-body" role="status">There are no block tasks waiting for you.</p>}
        {open.map((task) => <OpenTask key={task.id} schoolId={schoolId} task={task} onDone={(message) => { setNotice(message); setReloads((count) => count + 1); }} />)}
        {done.length > 0 && (
          <Table caption="Done" head={['Address', 'Device or room', 'Done', 'Note']}
            rows={done.map((task) => [<span class="steward-break">{task.url}</span>, task.device_or_location || 'Not given', timeName(task.done_at), task.note ?? ''])} />
        )}
      </Page>
    </>
  );
}

function OpenTask({ schoolId, task, onDone }: { schoolId: string; task: BlockTask; onDone: (message: string) => void }) {
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const id = `block-task-${task.id}`;
  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    try {
      await blockTasksApi.done(schoolId, task.id, note.trim());
      setProblems([]);
      onDone('Block task marked done');
    } catch (failure) {
      setProblems([{ text: asApiError(failure).body.message, href: `#${id}-note` }]);
    } finally {
      setBusy(false);
    }
  }
  return (
    <article class="steward-comment" aria-labelledby={`${id}-heading`}>
      <h2 class="govuk-heading-s" id={`${id}-heading`}>{blockTaskState(task)} <span class="steward-break">{task.url}</span></h2>
      <ErrorSummary problems={problems} />
      <dl class="govuk-summary-list govuk-summary-list--no-border">
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Reached on</dt><dd class="govuk-summary-list__value">{task.device_or_location || 'Not given'}</dd></div>
        {task.platform ? <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Platform</dt><dd class="govuk-summary-list__value">{humanise(task.platform)}</dd></div> : null}
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Opened</dt><dd class="govuk-summary-list__value">{timeName(task.created_at)}</dd></div>
      </dl>
      <form noValidate onSubmit={submit}>
        <TextInput id={`${id}-note`} name="note" label="Note (optional)" hint="For example, which filter list it was added to" value={note} onInput={setNote}
          error={problems[0]?.text} />
        <Button disabled={busy}>Mark as done<span class="govuk-visually-hidden">: {task.url}</span></Button>
      </form>
    </article>
  );
}
