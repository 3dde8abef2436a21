// The comments queue of the school's official accounts: most urgent first, overdue and due-soon
// views, why each comment was flagged (screening's categories and suggested action), and the
// moderation actions (reply, hide, delete, block, report, mark handled, explain to the audience),
// each with its reason; or make a case from the comment in one step. The signed-in person's
// MON-04 alerts (due soon, overdue and escalated) head the page, each linked to its comment.
import { useState } from 'preact/hooks';
import { commentsApi, type QueueComment } from '../../api/cases';
import { postsApi } from '../../api/posts';
import { Radios, Select } from '../../components/choices';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea, TextInput } from '../../components/fields';
import { Button, InsetText, SuccessBanner, Tag } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { asApiError, useApi } from '../../components/use-api';
import { segmentCaption } from '../../lib/spans';
import { checkChoice, checkText } from '../../lib/validation';
import { navigate } from '../../router';
import { categoryName, humanise, platformName, roleName, timeName } from '../labels';
import { CommentAlerts } from './comment-alerts';
import { ukDateTime } from '../../lib/uk-time';

const actions = [
  { value: 'reply', text: 'Reply' },
  { value: 'hide', text: 'Hide it' },
  { value: 'delete', text: 'Delete it' },
  { value: 'block_author', text: 'Block the author' },
  { value: 'report_to_platform', text: 'Report it to the platform' },
  { value: 'explain_to_audience', text: 'Tell the audience why it was removed' },
  { value: 'mark_handled', text: 'Mark as handled' },
];
const needsText = ['reply', 'explain_to_audience'];

export function CommentsPage({ schoolId }: { schoolId: string }) {
  const [due, setDue] = useState('any');
  const [account, setAccount] = useState('all');
  const [reloads, setReloads] = useState(0);
  const [notice, setNotice] = useState<string>();
  const accounts = useApi(() => postsApi.accounts(schoolId).catch(() => []), [schoolId]);
  const alerts = useApi(() => commentsApi.alerts(schoolId).catch(() => []), [schoolId], reloads);
  const queue = useApi(() => commentsApi.queue(schoolId, { due: due === 'any' ? undefined : due, account_id: account === 'all' ? undefined : account }),
    [schoolId, due, account], reloads);
  // Someone escalated to (a headteacher) may not moderate: the queue is refused, the alerts shown.
  const moderates = queue.error?.status !== 403;
  const handle = (id: string) => accounts.data?.find((candidate) => candidate.id === id)?.handle ?? id;
  return (
    <>
      {notice && <SuccessBanner title={notice}>{null}</SuccessBanner>}
      <Page title="Comments">
        <p class="govuk-body">Every comment or question must be answered within the school’s deadline; abuse is removed and reported.</p>
        <ul class="govuk-list">
          <li><a class="govuk-link" href={`/schools/${encodeURIComponent(schoolId)}/comments/response-times`}>Response times and the inappropriate comments log</a></li>
          <li><a class="govuk-link" href={`/schools/${encodeURIComponent(schoolId)}/followers`}>Follower requests</a></li>
          <li><a class="govuk-link" href={`/schools/${encodeURIComponent(schoolId)}/comments/import`}>Import comments from a CSV file</a></li>
        </ul>
        {alerts.data && <CommentAlerts alerts={alerts.data} hrefOf={moderates ? (alert) => `#comment-${alert.comment_id}` : undefined} />}
        {!moderates && <InsetText>The school’s account moderators answer and moderate comments. You see the comments escalated to you here.</InsetText>}
        {moderates && <div class="steward-filters">
          <Select id="comments-due" label="Show" value={due} onChange={setDue}
            options={[{ value: 'any', text: 'All open comments' }, { value: 'overdue', text: 'Overdue' }, { value: 'soon', text: 'Due soon' }]} />
          <Select id="comments-account" label="Account" value={account} onChange={setAccount}
            options={[{ value: 'all', text: 'All accounts' }, ...(accounts.data ?? []).map((a) => ({ value: a.id, text: `${a.handle} (${platformName(a.platform)})` }))]} />
        </div>}
        {queue.loading && !queue.data && <Loading />}
        {queue.error && moderates && <LoadFailure error={queue.error} />}
        {queue.data && (
          <p class="govuk-body" role="status">{queue.data.total === 0 ? 'No comments to show.' : `${queue.data.total} ${queue.data.total === 1 ? 'comment' : 'comments'}`}</p>
        )}
        {queue.data?.comments.map((comment) => (
          <CommentCard key={comment.id} schoolId={schoolId} comment={comment} account={handle(comment.account_id)}
            onDone={(message) => { setNotice(message); setReloads((count) => count + 1); }} />
        ))}
      </Page>
    </>
  );
}

// Overdue / due soon as the API worked them out (it knows the school's calendar).
function dueTag(comment: QueueComment) {
  if (comment.state === 'handled') return <Tag colour="green">Handled</Tag>;
  if (comment.overdue) return <Tag colour="red">{comment.escalated_at ? 'Overdue: escalated' : 'Overdue'}</Tag>;
  if (comment.due_soon) return <Tag colour="orange">Due soon</Tag>;
  return comment.first_response_at ? <Tag colour="blue">Answered</Tag> : <Tag colour="grey">Open</Tag>;
}

function flaggedText(comment: QueueComment): string {
  const categories = comment.categories.length === 0 ? 'Not flagged' : comment.categories.map(categoryName).join(', ');
  const words = (comment.flagged_because ?? []).filter((flag) => flag.text).map((flag) => `“${flag.text}” (${categoryName(flag.category ?? '')})`);
  return words.length > 0 ? `${categories}: ${words.join(', ')}` : categories;
}

// The comment with the words screening flagged marked, each with its category for screen readers.
function FlaggedText({ comment }: { comment: QueueComment }) {
  const flags = (comment.flagged_because ?? []).map((flag) => ({ ...flag, span: flag.span ? { start: flag.span[0], end: flag.span[1] } : undefined }));
  return (
    <blockquote class="steward-comment__text">
      {segmentCaption(comment.text, flags).map((segment, index) => (segment.findings.length === 0 ? <span key={index}>{segment.text}</span> : (
        <mark key={index} class="steward-finding">{segment.text}<span class="govuk-visually-hidden"> (flagged: {segment.findings.map((f) => categoryName(flags[f].category ?? '')).join(', ')})</span></mark>
      )))}
    </blockquote>
  );
}

function CommentCard({ schoolId, comment, account, onDone }: { schoolId: string; comment: QueueComment; account: string; onDone: (message: string) => void }) {
  const [action, setAction] = useState<string>();
  const [reason, setReason] = useState('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<{ text: string; href: string }[]>([]);
  const [busy, setBusy] = useState(false);
  const id = `comment-${comment.id}`;

  async function submit(event: Event) {
    event.preventDefault();
    const chosen = checkChoice(action, actions.map((a) => a.value), 'Select what to do with the comment');
    const why = checkText(reason, { empty: 'Enter the reason', max: 500 });
    const words = checkText(text, { empty: chosen.ok && needsText.includes(chosen.value) ? 'Enter the text to post' : undefined, max: 2000 });
    const found = [
      ...(chosen.ok ? [] : [{ text: chosen.error, href: `#${id}-action` }]),
      ...(why.ok ? [] : [{ text: why.error, href: `#${id}-reason` }]),
      ...(words.ok ? [] : [{ text: words.error, href: `#${id}-text` }]),
    ];
    setErrors(found);
    if (!chosen.ok || !why.ok || !words.ok) return;
    setBusy(true);
    try {
      await commentsApi.act(schoolId, comment.id, { action: chosen.value, reason: why.value, text: words.value || undefined });
      onDone(`${actions.find((a) => a.value === chosen.value)!.text}: recorded`);
    } catch (failure) {
      setErrors([{ text: asApiError(failure).body.message, href: `#${id}-action` }]);
    } finally {
      setBusy(false);
    }
  }

  async function makeCase() {
    setBusy(true);
    try {
      const caseId = await commentsApi.makeCase(schoolId, comment.id);
      navigate(`/schools/${encodeURIComponent(schoolId)}/cases/${encodeURIComponent(caseId)}`);
    } catch (failure) {
      setErrors([{ text: asApiError(failure).body.message, href: `#${id}-action` }]);
      setBusy(false);
    }
  }

  return (
    <article class="steward-comment" id={id} tabIndex={-1} aria-labelledby={`${id}-heading`}>
      <h2 class="govuk-heading-s" id={`${id}-heading`}>
        {comment.urgent && <><Tag colour="red">Urgent</Tag>{' '}</>}{dueTag(comment)}{' '}
        {comment.author_handle || comment.author_name || 'Someone'} on {account}
      </h2>
      <ErrorSummary problems={errors} />
      <FlaggedText comment={comment} />
      <dl class="govuk-summary-list govuk-summary-list--no-border">
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Received</dt><dd class="govuk-summary-list__value">{timeName(comment.received_at)}</dd></div>
        {comment.due_at ? <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Reply due</dt><dd class="govuk-summary-list__value">{ukDateTime(comment.due_at)}</dd></div> : null}
        {comment.warned_at ? <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Warning sent</dt><dd class="govuk-summary-list__value">{ukDateTime(comment.warned_at)}</dd></div> : null}
        {comment.escalated_at ? <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Escalated</dt>
          <dd class="govuk-summary-list__value">{ukDateTime(comment.escalated_at)}{comment.escalated_to ? ` to the ${roleName(comment.escalated_to).toLowerCase()}` : ''}</dd></div> : null}
        <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Why it is flagged</dt>
          <dd class="govuk-summary-list__value">{flaggedText(comment)}</dd></div>
        {comment.route ? <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Goes to</dt><dd class="govuk-summary-list__value">{humanise(comment.route)}</dd></div> : null}
        {comment.visibility && comment.visibility !== 'visible' && <div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">On the platform</dt><dd class="govuk-summary-list__value">{humanise(comment.visibility)}</dd></div>}
      </dl>
      {comment.case_id ? (
        <p class="govuk-body"><a class="govuk-link" href={`/schools/${encodeURIComponent(schoolId)}/cases/${encodeURIComponent(comment.case_id)}`}>See the case opened from this comment</a></p>
      ) : null}
      {comment.state !== 'handled' && (
        <details class="govuk-details">
          <summary class="govuk-details__summary"><span class="govuk-details__summary-text">Moderate<span class="govuk-visually-hidden"> the comment from {comment.author_handle || comment.author_name || 'someone'}</span></span></summary>
          <div class="govuk-details__text">
            <form noValidate onSubmit={submit}>
              <Radios id={`${id}-action`} name={`${id}-action`} legend="What do you want to do?" value={action} onChange={setAction} options={actions}
                error={errors.find((e) => e.href === `#${id}-action`)?.text} />
              <TextInput id={`${id}-reason`} name="reason" label="Reason" value={reason} onInput={setReason} error={errors.find((e) => e.href === `#${id}-reason`)?.text} spellcheck />
              <TextArea id={`${id}-text`} name="text" label="Text to post (for a reply or an explanation)" value={text} onInput={setText} rows={3}
                error={errors.find((e) => e.href === `#${id}-text`)?.text} />
              <div class="govuk-button-group">
                <Button disabled={busy}>Record the action</Button>
                {!comment.case_id && <Button type="button" secondary disabled={busy} onClick={makeCase}>Make a case from this comment</Button>}
              </div>
            </form>
          </div>
        </details>
      )}
    </article>
  );
}
