// Subject access: the DPO or headteacher finds the pupil (the search text stays in the page) or
// chooses a member of staff, then sees what the export holds and downloads it as JSON or opens the
// printable report. Whether the signed-in person may produce it is the API's decision; a refusal
// is shown as a message, never as a link that fails. Nobody exports their own: the staff list
// marks the signed-in person, and the server refuses it too. Addresses carry ids only.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { schoolsApi } from '../../api/schools';
import { subjectAccessApi, type Subject } from '../../api/subject-access';
import type { Session } from '../../api/types';
import { Select } from '../../components/choices';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/fields';
import { BackLink, Button, InsetText, SummaryList, Table, type SummaryRow } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { useApi } from '../../components/use-api';
import { navigate } from '../../router';
import { personName, roleName, yearGroupName } from '../labels';

const kRefused = 'Only the headteacher or the data protection officer can produce a subject access export.';

// The signed-in person's id: a sign-in's user id is "user." and the person's id
// (domain/access/user_enrolment.cpp), as the staff export itself reads it.
const ownPersonId = (session: Session) => session.user.id.replace(/^user\./, '');

export function SubjectAccessSearchPage({ schoolId, session }: { schoolId: string; session: Session }) {
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState<string>();
  const [error, setError] = useState<string>();
  const [staffError, setStaffError] = useState<string>();
  const found = useApi(async () => (query === undefined ? undefined : api.pupils(schoolId, query)), [schoolId, query]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  function submit(event: Event) {
    event.preventDefault();
    setStaffError(undefined);
    if (typed.trim() === '') {
      setError('Enter the pupil’s name or pupil id');
      return;
    }
    setError(undefined);
    setQuery(typed.trim());
  }
  return (
    <Page title="Subject access request">
      <ErrorSummary problems={[...(error ? [{ text: error, href: '#sar-search' }] : []), ...(staffError ? [{ text: staffError, href: '#sar-staff' }] : [])]} />
      <p class="govuk-body">Produce everything Steward holds about a pupil or a member of staff: for a pupil, their consent decisions, the do-not-publish list, posts that show or name them, comments and cases about them; for staff, their record and roles, the posts and accounts they worked on and concerns about them; for both, who looked at their records.</p>
      <p class="govuk-body">Only the headteacher and the data protection officer can produce an export, and nobody produces their own. Producing one is recorded in the audit trail.</p>
      <h2 class="govuk-heading-m">A pupil</h2>
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
      <StaffChooser schoolId={schoolId} own={ownPersonId(session)} error={staffError} setError={setStaffError} />
    </Page>
  );
}

function StaffChooser({ schoolId, own, error, setError }: { schoolId: string; own: string; error?: string; setError: (error?: string) => void }) {
  const staff = useApi(() => schoolsApi.staff(schoolId), [schoolId]);
  const [chosen, setChosen] = useState('');
  function submit(event: Event) {
    event.preventDefault();
    if (!chosen) { setError('Select the member of staff the request is about'); return; }
    setError(undefined);
    // "/export" last: written when the server took a last segment with a dot ("dsl.belgrave")
    // for a file; it now serves such pages (static_files.cpp), and the suffix keeps links stable.
    navigate(`/schools/${encodeURIComponent(schoolId)}/subject-access/staff/${encodeURIComponent(chosen)}/export`);
  }
  return (
    <section aria-labelledby="sar-staff-heading" class="govuk-!-margin-top-8">
      <h2 class="govuk-heading-m" id="sar-staff-heading">A member of staff</h2>
      {staff.loading && <Loading />}
      {staff.error && <LoadFailure error={staff.error} refused="You cannot see the school’s staff list, so you cannot choose a member of staff here." />}
      {staff.data && (
        <form noValidate onSubmit={submit}>
          <Select id="sar-staff" label="Which member of staff is the request about?" value={chosen} onChange={setChosen} error={error}
            hint="Your own name is shown but cannot be chosen: someone else exports yours."
            options={[{ value: '', text: 'Choose a member of staff' }, ...staff.data.map((person) => ({
              value: person.id,
              text: `${person.display_name || person.id}${person.roles.length ? ` (${person.roles.map(roleName).join(', ')})` : ''}${person.id === own ? ' – you' : ''}`,
              disabled: person.id === own,
            }))]} />
          <Button secondary>Continue</Button>
        </form>
      )}
    </section>
  );
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

// What an export holds, the reminder and the two ways to take it: shared by pupil and staff.
function ExportReady({ schoolId, subject, rows, filename, notice }: { schoolId: string; subject: Subject; rows: SummaryRow[]; filename: string; notice?: ComponentChildren }) {
  return (
    <>
      <SummaryList rows={rows} />
      {notice}
      <InsetText>Other people in these records are counted, not named. Check the export before you send it, and send it securely.</InsetText>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={subjectAccessApi.url(schoolId, subject, 'json')} download={filename}>Download the export (JSON)</a>
        </li>
        <li>
          <a class="govuk-link" href={subjectAccessApi.url(schoolId, subject, 'html')} target="_blank" rel="noopener noreferrer">
            Open the printable report (opens in a new tab)
          </a>
        </li>
      </ul>
    </>
  );
}

function ExportPage({ schoolId, children }: { schoolId: string; children: ComponentChildren }) {
  return (
    <>
      <BackLink href={`/schools/${encodeURIComponent(schoolId)}/subject-access`}>Back to subject access</BackLink>
      <Page title="Subject access export">{children}</Page>
    </>
  );
}

const sectionRows = (bundle: { sections: { title: string; items: unknown[] }[] }) =>
  bundle.sections.map((section) => ({ key: section.title, value: count(section.items.length, 'item', 'items') }));

export function SubjectAccessPage({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const bundle = useApi(() => subjectAccessApi.bundle(schoolId, pupilId), [schoolId, pupilId]);
  const data = bundle.data;
  return (
    <ExportPage schoolId={schoolId}>
      {bundle.loading && <Loading />}
      {bundle.error && <LoadFailure error={bundle.error} refused={kRefused} />}
      {data && (
        <ExportReady schoolId={schoolId} subject={{ kind: 'pupil', id: pupilId }} filename={`subject-access-${pupilId}.json`} rows={[
          { key: 'Pupil', value: `${personName(data.pupil, pupilId)} (${pupilId})` },
          { key: 'Year group', value: yearGroupName(data.pupil.year_group) },
          { key: 'Consent decisions', value: count(data.consent.length, 'decision', 'decisions') },
          { key: 'Do-not-publish list', value: data.do_not_publish ? 'On the list' : 'Not on the list' },
          ...sectionRows(data),
          { key: 'Recorded views and changes', value: count(data.audit_events.length, 'event', 'events') },
          { key: 'Produced', value: `${data.generated_at} by ${data.generated_by}` },
        ]} />
      )}
    </ExportPage>
  );
}

export function StaffSubjectAccessPage({ schoolId, personId }: { schoolId: string; personId: string }) {
  const bundle = useApi(() => subjectAccessApi.staffBundle(schoolId, personId), [schoolId, personId]);
  const data = bundle.data;
  // The server's own words when the request is about the signed-in person.
  const refused = bundle.error?.body.where === 'person_id' ? bundle.error.body.message : kRefused;
  return (
    <ExportPage schoolId={schoolId}>
      {bundle.loading && <Loading />}
      {bundle.error && <LoadFailure error={bundle.error} refused={refused} />}
      {data && (
        <ExportReady schoolId={schoolId} subject={{ kind: 'staff', id: personId }} filename={`subject-access-${personId}.json`}
          notice={data.withheld_notice ? <p class="govuk-body">{data.withheld_notice}</p> : undefined} rows={[
            { key: 'Member of staff', value: `${data.person.display_name || personId} (${personId})` },
            { key: 'Roles', value: data.roles.length ? [...new Set(data.roles.map((role) => roleName(role.role)))].join(', ') : 'None' },
            { key: 'Sign-in accounts', value: count(data.sign_in_accounts.length, 'account', 'accounts') },
            ...sectionRows(data),
            { key: 'Recorded views and changes', value: count(data.audit_events.length, 'event', 'events') },
            { key: 'Produced', value: `${data.generated_at} by ${data.generated_by}` },
          ]} />
      )}
    </ExportPage>
  );
}
