// School: the school's details as the API gives them, and links to its contacts, pupils and audit
// trail.
import { api } from '../../api/client';
import { SummaryList } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { useApi } from '../../components/use-api';
import { asText, humanise } from '../labels';

export function SchoolPage({ schoolId }: { schoolId: string }) {
  const school = useApi(() => api.school(schoolId), [schoolId]);
  if (school.loading) return <Loading />;
  if (school.error || !school.data) return <LoadFailure error={school.error!} />;
  const data = school.data;
  const rows = Object.entries(data)
    .filter(([key, value]) => key !== 'name' && value !== null && typeof value !== 'object')
    .map(([key, value]) => ({ key: key === 'id' ? 'School id' : humanise(key), value: asText(value) }));
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  return (
    <Page title={data.name} caption="School">
      <SummaryList rows={rows} />
      <ul class="govuk-list">
        <li><a class="govuk-link" href={`${base}/contacts`}>The school’s contacts: phone numbers, addresses and hashtags it publishes</a></li>
        <li><a class="govuk-link" href={`${base}/pupils`}>Pupils and roster</a></li>
        <li><a class="govuk-link" href={`${base}/audit`}>Audit trail</a></li>
      </ul>
    </Page>
  );
}
