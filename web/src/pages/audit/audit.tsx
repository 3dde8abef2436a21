// Audit trail: the school's recorded events as the API lists them, newest as the server orders.
import { api } from '../../api/client';
import type { AuditEvent } from '../../api/types';
import { Table } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { useApi } from '../../components/use-api';
import { asText, humanise } from '../labels';

// Columns shown first when the events carry them; any other simple field follows.
const preferred = ['sequence', 'seq', 'at', 'time', 'occurred_at', 'actor', 'actor_id', 'action', 'kind', 'object_type', 'object_id', 'summary'];

export function AuditPage({ schoolId }: { schoolId: string }) {
  const events = useApi(() => api.audit(schoolId), [schoolId]);
  return (
    <Page title="Audit trail">
      {events.loading && <Loading />}
      {events.error && <LoadFailure error={events.error} />}
      {events.data && events.data.length === 0 && <p class="govuk-body">Nothing has been recorded yet.</p>}
      {events.data && events.data.length > 0 && <AuditTable events={events.data} />}
    </Page>
  );
}

function AuditTable({ events }: { events: AuditEvent[] }) {
  const keys = new Set<string>();
  for (const event of events) {
    for (const [key, value] of Object.entries(event)) {
      if (value === null || typeof value !== 'object') keys.add(key);
    }
  }
  const columns = [...preferred.filter((key) => keys.has(key)), ...[...keys].filter((key) => !preferred.includes(key) && !/hash/.test(key))];
  return (
    <Table caption={`${events.length} recorded ${events.length === 1 ? 'event' : 'events'}`}
      head={columns.map(humanise)}
      rows={events.map((event) => columns.map((key) => asText(event[key])))} />
  );
}
