// A pupil's consent register: every decision, amendment and withdrawal, newest first, as the API
// keeps them (records are never edited), whether the pupil is on the do-not-publish list and why,
// and the actions: record a decision, record a withdrawal, add to or take off the list.
import { useState } from 'preact/hooks';
import { consentApi, type ConsentRecord, type DoNotPublishEntry } from '../../api/consent';
import { useFlash } from '../../components/flash';
import { BackLink, Button, SuccessBanner, Table, Tag } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { asApiError, useApi } from '../../components/use-api';
import { dateName, giverName, methodName, personName, platformName, timeName, yearGroupName } from '../labels';
import { usePupil } from '../pupils/pupil-lookup';

export function pupilBase(schoolId: string, pupilId: string): string {
  return `/schools/${encodeURIComponent(schoolId)}/pupils/${encodeURIComponent(pupilId)}`;
}

export function PupilConsentPage({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const flash = useFlash();
  const [reloads, setReloads] = useState(0);
  const pupil = usePupil(schoolId, pupilId);
  const history = useApi(() => consentApi.history(schoolId, pupilId), [schoolId, pupilId]);
  const listed = useApi(async () => (await consentApi.doNotPublish(schoolId)).find((entry) => entry.pupil_id === pupilId),
    [schoolId, pupilId, reloads]);
  const base = pupilBase(schoolId, pupilId);
  const name = personName(pupil.data, `Pupil ${pupilId}`);

  return (
    <>
      <BackLink href={`/schools/${encodeURIComponent(schoolId)}/pupils`}>Back to pupils</BackLink>
      {flash && <SuccessBanner title={flash.title}>{flash.text && <p class="govuk-body">{flash.text}</p>}</SuccessBanner>}
      <Page title="Consent" caption={pupil.loading ? 'Pupil' : name}>
        {pupil.data && <p class="govuk-body">Pupil id {pupilId}, {yearGroupName(pupil.data.year_group)}.</p>}
        <DoNotPublish schoolId={schoolId} pupilId={pupilId} name={name} entry={listed.data} loading={listed.loading}
          onChange={() => setReloads((count) => count + 1)} />
        <h2 class="govuk-heading-m">Decisions</h2>
        <a class="govuk-button" data-module="govuk-button" href={`${base}/consent/new/year`} draggable={false}>Record a decision</a>
        {history.loading && <Loading />}
        {history.error && <LoadFailure error={history.error} />}
        {history.data && <History records={history.data} base={base} />}
      </Page>
    </>
  );
}

// "Withdrawn", "Amended" or "Recorded": what the API's fields say, no rule of our own.
export function recordStatus(record: ConsentRecord, all: ConsentRecord[]) {
  if (record.withdrawn_on) return <Tag colour="red">Withdrawn {dateName(record.withdrawn_on)}</Tag>;
  if (all.some((other) => other.amends_id === record.id)) return <Tag colour="grey">Amended</Tag>;
  return <Tag colour="green">Recorded</Tag>;
}

function allowed(record: ConsentRecord): string {
  const parts = [record.image && 'photos', record.video && 'videos', record.name && 'name'].filter(Boolean);
  return parts.length === 0 ? 'Nothing' : parts.join(', ').replace(/^./, (c) => c.toUpperCase());
}

function History({ records, base }: { records: ConsentRecord[]; base: string }) {
  if (records.length === 0) {
    return <p class="govuk-body" role="status">No consent decision has been recorded for this pupil.</p>;
  }
  return (
    <Table caption="Consent history, newest first" captionVisible={false}
      head={['Academic year', 'Platform', 'Allows', 'Given by', 'Recorded', 'Status', 'Action']}
      rowIds={records.map((record) => `consent-${record.id}`)}
      rows={records.map((record) => [
        record.academic_year,
        platformName(record.platform),
        allowed(record),
        `${giverName(record.given_by)} (${methodName(record.method).toLowerCase()})`,
        <>{dateName(record.recorded_on)}{record.amends_id ? <span class="govuk-body-s"><br />amends an earlier decision</span> : null}</>,
        <>{recordStatus(record, records)}{record.withdrawal_note ? <span class="govuk-body-s"><br />{record.withdrawal_note}</span> : null}</>,
        record.withdrawn_on || records.some((other) => other.amends_id === record.id) ? '' : (
          <a class="govuk-link" href={`${base}/consent/${encodeURIComponent(record.id)}/withdraw`}>
            Record a withdrawal<span class="govuk-visually-hidden"> of the {record.academic_year} {platformName(record.platform)} decision</span>
          </a>
        ),
      ])} />
  );
}

interface DoNotPublishProps {
  schoolId: string;
  pupilId: string;
  name: string;
  entry?: DoNotPublishEntry;
  loading: boolean;
  onChange: () => void;
}

// The list (GET do-not-publish) holds every flagged pupil, including those flagged on the roster.
function DoNotPublish({ schoolId, pupilId, name, entry, loading, onChange }: DoNotPublishProps) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (loading) return null;
  async function clear() {
    setBusy(true);
    setError(undefined);
    try {
      await consentApi.clearDoNotPublish(schoolId, pupilId);
      onChange();
    } catch (failure) {
      setError(asApiError(failure).body.message);
    } finally {
      setBusy(false);
    }
  }
  if (!entry) {
    return (
      <p class="govuk-body">
        Not on the do-not-publish list.{' '}
        <a class="govuk-link" href={`${pupilBase(schoolId, pupilId)}/do-not-publish`}>Add {name} to the do-not-publish list</a>
      </p>
    );
  }
  return (
    <div class="govuk-warning-text">
      <span class="govuk-warning-text__icon" aria-hidden="true">!</span>
      <div class="govuk-warning-text__text">
        <span class="govuk-visually-hidden">Warning</span>
        Do not publish: {entry?.reason ? `“${entry.reason}”` : 'flagged on the roster'}
        {entry?.set_at ? `, set ${timeName(entry.set_at)}` : ''}.
        {error && <p class="govuk-error-message">{error}</p>}
        {entry && !entry.from_roster && (
          <div class="govuk-!-margin-top-2"><Button secondary type="button" disabled={busy} onClick={clear}>Take off the do-not-publish list</Button></div>
        )}
      </div>
    </div>
  );
}
