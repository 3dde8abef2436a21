// Subject access: the DPO or headteacher finds the pupil (the search text stays in the page), then
// sees what the export holds and downloads it as JSON or opens the printable report. Whether the
// signed-in person may produce it is the API's decision; a refusal is shown as such.
import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { subjectAccessApi } from '../../api/subject-access';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/fields';
import { BackLink, Button, InsetText, SummaryList, Table } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { useApi } from '../../components/use-api';
import { personName, yearGroupName } from '../labels';

export function SubjectAccessSearchPage({ schoolId }: { schoolId: string }) {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState<string>();
  const [error, setError] = useState<string>();
  const found = useApi(async () => (query === undefined ? undefined : api.pupils(schoolId, query)), [schoolId, query]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  function submit(event: Event) {
    event.preventDefault();
    if (typed.trim() === '') {
      setError('Enter the pupil’s name or pupil id');
      return;
    }
    setError(undefined);
    setQuery(typed.trim());
  }
  return (
    <Page title="Subject access request">
      <ErrorSummary problems={error ? [{ text: error, href: '#sar-search' }] : []} />
      <p class="govuk-body">Produce everything Steward holds about a pupil: their consent decisions, the do-not-publish list, posts that show or name them, comments and cases about them, and who looked at their records.</p>
      <p class="govuk-body">Only the headteacher and the data protection officer can produce an export. Producing one is recorded in the audit trail.</p>
      <form role="search" noValidate onSubmit={submit} class="steward-search">
        <TextInput id="sar-search" name="q" label="Which pupil is the request about?" hint="Search by name or pupil id" type="search"
          value={typed} onInput={setTyped} error={error} />
        <Button secondary>Find the pupil</Button>
      </form>
      {query !== undefined && found.loading && <Loading />}
      {found.error && <LoadFailure error={found.error} />}
      {found.data && found.data.pupils.length === 0 && <p class="govuk-body" role="status">No pupils match your search.</p>}
      {found.data && found.data.pupils.length > 0 && (
        <Table caption="Matching pupils" head={['Name', 'Pupil id', 'Year group']}
          rows={found.data.pupils.map((pupil) => [
            <a class="govuk-link" href={`${base}/subject-access/${encodeURIComponent(pupil.id)}`}>
              {personName(pupil, pupil.id)}<span class="govuk-visually-hidden"> (subject access export)</span>
            </a>,
            pupil.id,
            yearGroupName(pupil.year_group),
          ])} />
      )}
    </Page>
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function SubjectAccessPage({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const bundle = useApi(() => subjectAccessApi.bundle(schoolId, pupilId), [schoolId, pupilId]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  return (
    <>
      <BackLink href={`${base}/subject-access`}>Back to subject access</BackLink>
      <Page title="Subject access export">
        {bundle.loading && <Loading />}
        {bundle.error && <LoadFailure error={bundle.error} />}
        {bundle.data && (
          <>
            <SummaryList rows={[
              { key: 'Pupil', value: `${personName(bundle.data.pupil, pupilId)} (${pupilId})` },
              { key: 'Year group', value: yearGroupName(bundle.data.pupil.year_group) },
              { key: 'Consent decisions', value: count(bundle.data.consent.length, 'decision', 'decisions') },
              { key: 'Do-not-publish list', value: bundle.data.do_not_publish ? 'On the list' : 'Not on the list' },
              ...bundle.data.sections.map((section) => ({ key: section.title, value: count(section.items.length, 'item', 'items') })),
              { key: 'Recorded views and changes', value: count(bundle.data.audit_events.length, 'event', 'events') },
              { key: 'Produced', value: `${bundle.data.generated_at} by ${bundle.data.generated_by}` },
            ]} />
            <InsetText>Other people in these records are counted, not named. Check the export before you send it, and send it securely.</InsetText>
            <ul class="govuk-list">
              <li>
                <a class="govuk-link" href={subjectAccessApi.url(schoolId, pupilId, 'json')} download={`subject-access-${pupilId}.json`}>
                  Download the export (JSON)
                </a>
              </li>
              <li>
                <a class="govuk-link" href={subjectAccessApi.url(schoolId, pupilId, 'html')} target="_blank" rel="noopener noreferrer">
                  Open the printable report (opens in a new tab)
                </a>
              </li>
            </ul>
          </>
        )}
      </Page>
    </>
  );
}
