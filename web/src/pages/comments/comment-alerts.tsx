// MON-04 alerts of the signed-in person (GET comments/alerts): a warning before a comment they
// answer falls due, and a comment escalated to a role they hold once it is overdue. Shown above
// the comments queue (each linked to its comment) and on the home page's "my tasks".
import type { CommentAlert } from '../../api/cases';
import { Tag } from '../../components/govuk';
import { alertCounts, alertsByComment } from '../../lib/case-steps';
import { ukDateTime } from '../../lib/uk-time';
import { roleName } from '../labels';

const excerpt = (text: string | undefined) => {
  const words = (text ?? '').trim();
  return words.length > 90 ? `${words.slice(0, 87).trimEnd()}…` : words;
};

export function alertTag(alert: CommentAlert) {
  return alert.kind === 'escalated' ? <Tag colour="red">Overdue: escalated</Tag> : <Tag colour="orange">Due soon</Tag>;
}

// "2 comments are overdue and have been escalated to you", or null when there is nothing to say.
export function alertHeadline(alerts: CommentAlert[]): string | null {
  const { escalated, dueSoon } = alertCounts(alerts);
  const parts: string[] = [];
  if (escalated > 0) parts.push(`${escalated} ${escalated === 1 ? 'comment is' : 'comments are'} overdue and escalated to you`);
  if (dueSoon > 0) parts.push(`${dueSoon} ${dueSoon === 1 ? 'comment you answer is' : 'comments you answer are'} due soon`);
  return parts.length > 0 ? `${parts.join('; ')}.` : null;
}

// The warning and one line per comment. `hrefOf` gives each line's link (an anchor on the
// queue, or the queue itself from the home page); without it (someone escalated to who does not
// moderate comments) each comment's whole text is shown instead.
export function CommentAlerts({ alerts, hrefOf, limit = 20 }: { alerts: CommentAlert[]; hrefOf?: (alert: CommentAlert) => string; limit?: number }) {
  const headline = alertHeadline(alerts);
  if (!headline) return null;
  const shown = alertsByComment(alerts).slice(0, limit);
  return (
    <section class="steward-alerts" aria-label="Comment alerts">
      <div class="govuk-warning-text">
        <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
        <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>{headline}</strong>
      </div>
      <ul class="govuk-list govuk-list--spaced">
        {shown.map((alert) => (
          <li key={alert.id}>
            {alertTag(alert)}{' '}
            {hrefOf ? (
              <a class="govuk-link" href={hrefOf(alert)}>
                {alert.comment?.author_handle || alert.comment?.author_name || 'A comment'}: “{excerpt(alert.comment?.text)}”
              </a>
            ) : (
              <span class="steward-prewrap">{alert.comment?.author_handle || alert.comment?.author_name || 'A comment'}: “{alert.comment?.text ?? ''}”</span>
            )}
            <span class="govuk-body-s govuk-!-display-block">
              {alert.kind === 'escalated'
                ? `Was due ${ukDateTime(alert.due_at ?? alert.comment?.due_at ?? '')}; escalated to the ${roleName(alert.role ?? 'headteacher').toLowerCase()}.`
                : `Reply due ${ukDateTime(alert.due_at ?? alert.comment?.due_at ?? '')}.`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
