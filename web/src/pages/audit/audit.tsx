// Audit trail: the school's recorded events as the API lists them (oldest first, 100 a page), with
// a link to the next page. Summaries hold record ids and field names, never pupils' names.
import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { AuditEvent } from '../../api/types';
import { Button, Table } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { useApi } from '../../components/use-api';
import { humanise, roleName } from '../labels';

export function AuditPage({ schoolId }: { schoolId: string }) {
  const [after, setAfter] = useState(0);
  const page = useApi(() => api.audit(schoolId, after), [schoolId, after]);
  return (
    <Page title="Audit trail">
      {page.loading && <Loading />}
      {page.error && <LoadFailure error={page.error} />}
      {page.data && (
        <ul class="govuk-list">
          <li><a class="govuk-link" href={`/schools/${encodeURIComponent(schoolId)}/subject-access`}>Subject access requests: everything held about a pupil or a member of staff</a></li>
          <li><a class="govuk-link" href={`/schools/${encodeURIComponent(schoolId)}/notifications`}>Mail deliveries: the emails Steward sent and what happened to each</a></li>
        </ul>
      )}
      {page.data && page.data.events.length === 0 && (
        <p class="govuk-body">{after === 0 ? 'Nothing has been recorded yet.' : 'There are no later events.'}</p>
      )}
      {page.data && page.data.events.length > 0 && <AuditTable events={page.data.events} />}
      {page.data && page.data.events.length > 0 && page.data.next_after > after && (
        <Button secondary type="button" onClick={() => setAfter(page.data!.next_after)}>Later events</Button>
      )}
    </Page>
  );
}

// "2026-11-25 13:45 UTC" for seconds since the epoch.
function when(seconds: number): string {
  return `${new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    <Table caption={`${events.length} recorded ${events.length === 1 ? 'event' : 'events'}`}
      head={['Number', 'When', 'Who', 'What', 'Record', 'Change']}
      rows={events.map((event) => [
        String(event.seq),
        when(event.at),
        event.actor_role ? `${event.actor} (${roleName(event.actor_role)})` : event.actor,
        humanise(event.action),
        `${humanise(event.object_type)} ${event.object_id}`,
        [event.before, event.after].filter(Boolean).join(' → '),
      ])} />
  );
}
