// Mail deliveries: the school's mail notifications, newest first, one row per recipient with
// whether it was sent, is waiting, or failed (attempts, the reason and when it is tried again),
// for those who may read the school's audit (the API decides; others see its refusal). Recipients
// are named from the staff list; no email address is ever shown (the API gives none here and the
// staff list's addresses are dropped in api/schools.ts).
import { schoolsApi, type Notification, type StaffMember } from '../../api/schools';
import { Table, Tag } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { useApi } from '../../components/use-api';
import { deliveryRows, kStateText, stateCounts, type DeliveryRow } from '../../lib/deliveries';
import { ukDateTime } from '../../lib/uk-time';
import { humanise, roleName } from '../labels';

async function load(schoolId: string) {
  const [notifications, staff] = await Promise.all([
    schoolsApi.notifications(schoolId, 200),
    schoolsApi.staff(schoolId).catch((): StaffMember[] => []),
  ]);
  return { rows: deliveryRows(notifications), names: new Map(staff.map((person) => [person.id, person.display_name])) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function NotificationsPage({ schoolId }: { schoolId: string }) {
  const list = useApi(() => load(schoolId), [schoolId]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  const counts = list.data ? stateCounts(list.data.rows) : undefined;
  return (
    <Page title="Mail deliveries">
      <p class="govuk-body">The emails Steward sends about cases, comments and takedowns, newest first, with what happened to each recipient’s copy. Emails name the record to open, never a pupil.</p>
      {list.loading && <Loading />}
      {list.error && <LoadFailure error={list.error} />}
      {list.data && list.data.rows.length === 0 && <p class="govuk-body">No emails have been sent yet.</p>}
      {counts && list.data!.rows.length > 0 && (
        <p class="govuk-body" id="delivery-counts">
          {plural(counts.sent, 'sent', 'sent')}, {plural(counts.pending, 'waiting to send', 'waiting to send')}, {plural(counts.failed, 'failed', 'failed')}
          {counts.nobody > 0 ? `, ${plural(counts.nobody, 'with no one to send to', 'with no one to send to')}` : ''}.
        </p>
      )}
      {counts && counts.failed > 0 && (
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
          <strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span>Some emails could not be sent. Steward tries again later; a missing address is fixed in the person’s record.</strong>
        </div>
      )}
      {list.data && list.data.rows.length > 0 && (
        <Table caption="Emails and their recipients" captionVisible={false}
          head={['Sent about', 'Recipient', 'State', 'Attempts', 'Sent or next attempt']}
          rows={list.data.rows.map((row) => cells(row, list.data!.names, base))} />
      )}
    </Page>
  );
}

function recordLink(notification: Notification, base: string) {
  if (notification.object_type === 'case') return `${base}/cases/${encodeURIComponent(notification.object_id)}`;
  if (notification.object_type === 'post') return `${base}/posts/${encodeURIComponent(notification.object_id)}`;
  if (notification.object_type === 'comment') return `${base}/comments`;
  return undefined;
}

function cells(row: DeliveryRow<Notification>, names: Map<string, string>, base: string) {
  const { notification: n, delivery } = row;
  const href = recordLink(n, base);
  const state = kStateText[row.state];
  const role = n.recipient_role ? roleName(n.recipient_role) : '';
  const person = delivery ? names.get(delivery.person_id) ?? delivery.person_id : '';
  return [
    <>
      {n.urgent && <><Tag colour="red">Urgent</Tag>{' '}</>}
      {href ? <a class="govuk-link" href={href}>{n.subject}</a> : n.subject}
      <span class="govuk-body-s govuk-!-display-block">{ukDateTime(n.created_at)}{n.reason ? ` · ${humanise(n.reason.replace('.', ' '))}` : ''}</span>
    </>,
    <>
      {person || role}
      {person && role && <span class="govuk-body-s govuk-!-display-block">as {role.toLowerCase()}</span>}
    </>,
    <>
      <Tag colour={state.colour}>{state.text}</Tag>
      {row.state === 'failed' && delivery?.last_error && <span class="govuk-body-s govuk-!-display-block">{delivery.last_error}</span>}
    </>,
    delivery ? String(delivery.attempts) : '',
    row.state === 'sent' ? `Sent ${ukDateTime(delivery!.delivered_at)}` : row.state === 'nobody' ? '' : `Next attempt ${ukDateTime(delivery!.next_attempt_at)}`,
  ];
}
