// The next step for a post in its state: check / change / submit (draft, checked, rejected),
// approve or reject with a comment (submitted), mark published with the live address
// (approved), take down with a reason (published). The API decides who may do each; a refusal
// is shown in the error summary with nothing typed lost.
import { useState } from 'preact/hooks';
import { postsApi, type PostDetail } from '../../api/posts';
import { Radios } from '../../components/choices';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea, TextInput } from '../../components/fields';
import { Button } from '../../components/govuk';
import { asApiError } from '../../components/use-api';
import { checkChoice, checkLiveUrl, checkText } from '../../lib/validation';

interface Props {
  schoolId: string;
  detail: PostDetail;
  hasCheck: boolean;
  onDone: (message: string) => void;
  onEdit: () => void;
}

export function PostActions({ schoolId, detail, hasCheck, onDone, onEdit }: Props) {
  const [problem, setProblem] = useState<{ text: string; href: string }>();
  const [busy, setBusy] = useState(false);
  const { post } = detail;

  async function run(action: () => Promise<unknown>, message: string, href = '#post-actions') {
    setBusy(true);
    setProblem(undefined);
    try {
      await action();
      onDone(message);
    } catch (failure) {
      setProblem({ text: asApiError(failure).body.message, href });
    } finally {
      setBusy(false);
    }
  }

  const summary = <ErrorSummary problems={problem ? [problem] : []} />;
  switch (post.state) {
    case 'draft':
    case 'checked':
    case 'rejected':
      return (
        <section aria-labelledby="post-actions" class="govuk-!-margin-bottom-6">
          {summary}
          <h2 class="govuk-heading-m" id="post-actions" tabIndex={-1}>What next</h2>
          <div class="govuk-button-group">
            <Button type="button" secondary={hasCheck} disabled={busy} onClick={() => run(() => postsApi.check(schoolId, post.id), 'Post checked')}>
              {hasCheck ? 'Check again' : 'Check the post'}
            </Button>
            <Button type="button" secondary disabled={busy} onClick={onEdit}>Change the post</Button>
            {hasCheck && (
              <Button type="button" disabled={busy} onClick={() => run(() => postsApi.submit(schoolId, post.id), 'Sent for approval')}>Submit for approval</Button>
            )}
          </div>
        </section>
      );
    case 'submitted':
      return <Decide schoolId={schoolId} postId={post.id} busy={busy} problem={problem} run={run} />;
    case 'approved':
      return <Publish schoolId={schoolId} postId={post.id} busy={busy} problem={problem} run={run} onEdit={onEdit} />;
    case 'published':
      return <TakeDown schoolId={schoolId} postId={post.id} busy={busy} problem={problem} run={run} />;
    default:
      return null;
  }
}

interface StepProps {
  schoolId: string;
  postId: string;
  busy: boolean;
  problem?: { text: string; href: string };
  run: (action: () => Promise<unknown>, message: string, href?: string) => Promise<void>;
}

function Decide({ schoolId, postId, busy, problem, run }: StepProps) {
  const [decision, setDecision] = useState<string>();
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ decision?: string; comment?: string }>({});
  function submit(event: Event) {
    event.preventDefault();
    const chosen = checkChoice(decision, ['approve', 'reject'] as const, 'Select whether you approve the post');
    const text = checkText(comment, { empty: chosen.ok && chosen.value === 'reject' ? 'Enter what needs to change' : undefined, max: 2000 });
    setErrors({ decision: chosen.ok ? undefined : chosen.error, comment: text.ok ? undefined : text.error });
    if (!chosen.ok || !text.ok) return;
    if (chosen.value === 'approve') run(() => postsApi.approve(schoolId, postId, text.value), 'Post approved', '#decision');
    else run(() => postsApi.reject(schoolId, postId, text.value), 'Post sent back to its author', '#decision');
  }
  const problems = [
    ...(problem ? [problem] : []),
    ...(errors.decision ? [{ text: errors.decision, href: '#decision' }] : []),
    ...(errors.comment ? [{ text: errors.comment, href: '#decision-comment' }] : []),
  ];
  return (
    <section aria-labelledby="post-actions" class="govuk-!-margin-bottom-6">
      <ErrorSummary problems={problems} />
      <h2 class="govuk-heading-m" id="post-actions" tabIndex={-1}>Approve or reject</h2>
      <form noValidate onSubmit={submit}>
        <Radios id="decision" name="decision" legend="Do you approve this post?" value={decision} onChange={setDecision} error={errors.decision}
          options={[{ value: 'approve', text: 'Yes, approve it' }, { value: 'reject', text: 'No, send it back', hint: 'Say what needs to change' }]} />
        <TextArea id="decision-comment" name="comment" label="Comment" hint="Required when you send the post back." value={comment}
          onInput={setComment} error={errors.comment} rows={3} />
        <Button disabled={busy}>Send decision</Button>
      </form>
    </section>
  );
}

function Publish({ schoolId, postId, busy, problem, run, onEdit }: StepProps & { onEdit: () => void }) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string>();
  function submit(event: Event) {
    event.preventDefault();
    const checked = checkLiveUrl(url);
    setError(checked.ok ? undefined : checked.error);
    if (checked.ok) run(() => postsApi.publish(schoolId, postId, checked.value), 'Post marked as published', '#live-url');
  }
  return (
    <section aria-labelledby="post-actions" class="govuk-!-margin-bottom-6">
      <ErrorSummary problems={[...(problem ? [problem] : []), ...(error ? [{ text: error, href: '#live-url' }] : [])]} />
      <h2 class="govuk-heading-m" id="post-actions" tabIndex={-1}>Mark as published</h2>
      <p class="govuk-body">Publish the approved post on the platform, then give its web address here.</p>
      <form noValidate onSubmit={submit}>
        <TextInput id="live-url" name="live-url" label="Web address of the published post" hint="Starts with https://" value={url} onInput={setUrl} error={error} />
        <div class="govuk-button-group">
          <Button disabled={busy}>Mark as published</Button>
          <Button type="button" secondary disabled={busy} onClick={onEdit}>Change the post</Button>
        </div>
      </form>
    </section>
  );
}

function TakeDown({ schoolId, postId, busy, problem, run }: StepProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  function submit(event: Event) {
    event.preventDefault();
    const checked = checkText(reason, { empty: 'Enter why the post was taken down', max: 500 });
    setError(checked.ok ? undefined : checked.error);
    if (checked.ok) run(() => postsApi.takeDown(schoolId, postId, checked.value), 'Post marked as taken down', '#takedown-reason');
  }
  return (
    <section aria-labelledby="post-actions" class="govuk-!-margin-bottom-6">
      <ErrorSummary problems={[...(problem ? [problem] : []), ...(error ? [{ text: error, href: '#takedown-reason' }] : [])]} />
      <h2 class="govuk-heading-m" id="post-actions" tabIndex={-1}>Take the post down</h2>
      <p class="govuk-body">Remove the post from the platform first, then record it here.</p>
      <form noValidate onSubmit={submit}>
        <TextInput id="takedown-reason" name="reason" label="Why was it taken down?" value={reason} onInput={setReason} error={error} spellcheck />
        <Button warning disabled={busy}>Mark as taken down</Button>
      </form>
    </section>
  );
}
