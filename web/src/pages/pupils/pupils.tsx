// Pupils: search the school's roster by name or id. The search text stays in the page (never the
// address bar) because it may be a pupil's name.
import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { Pupil } from '../../api/types';
import { TextInput } from '../../components/fields';
import { Button, Table, Tag } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { useApi } from '../../components/use-api';
import { yearGroupName } from '../labels';

export function PupilsPage({ schoolId }: { schoolId: string }) {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [searches, setSearches] = useState(0);
  // The query travels with its answer, so a slow earlier answer is never shown as this search's.
  const pupils = useApi(async () => ({ query, ...(await api.pupils(schoolId, query)) }), [schoolId, query, searches]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;

  function submit(event: Event) {
    event.preventDefault();
    setQuery(typed);
    setSearches((count) => count + 1);
  }

  return (
    <Page title="Pupils">
      <p class="govuk-body"><a class="govuk-link" href={`${base}/pupils/import`}>Import a roster</a></p>
      <form role="search" noValidate onSubmit={submit} class="steward-search">
        <TextInput id="pupil-search" name="q" label="Search by name or pupil id" type="search" value={typed} onInput={setTyped} />
        <Button secondary>Search</Button>
      </form>
      {pupils.loading && <Loading />}
      {pupils.error && <LoadFailure error={pupils.error} />}
      {!pupils.loading && pupils.data && <PupilTable schoolId={schoolId} pupils={pupils.data.pupils} truncated={pupils.data.truncated} query={pupils.data.query} />}
    </Page>
  );
}

function PupilTable({ schoolId, pupils, truncated, query }: { schoolId: string; pupils: Pupil[]; truncated: boolean; query: string }) {
  const summary = query.trim() === ''
    ? `${pupils.length} ${pupils.length === 1 ? 'pupil' : 'pupils'} on the roster`
    : `${pupils.length} ${pupils.length === 1 ? 'pupil matches' : 'pupils match'} your search`;
  if (pupils.length === 0) {
    return <p class="govuk-body" role="status">{query.trim() === '' ? 'No pupils yet. Import a roster to add them.' : 'No pupils match your search.'}</p>;
  }
  return (
    <>
      <p class="govuk-body" role="status">{summary}{truncated ? '. Only the first ones are shown: search to narrow the list.' : ''}</p>
      <Table caption="Pupils" captionVisible={false}
        head={['Name', 'Pupil id', 'Year group', 'Publishing']}
        rows={pupils.map((pupil) => [
          <a class="govuk-link" href={`/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupil.id)}/consent`}>
            {`${pupil.preferred_name || pupil.first_name} ${pupil.last_name}`}<span class="govuk-visually-hidden"> (consent)</span>
          </a>,
          pupil.id,
          yearGroupName(pupil.year_group),
          pupil.do_not_publish ? <Tag colour="red">Do not publish</Tag> : '',
        ])} />
    </>
  );
}
