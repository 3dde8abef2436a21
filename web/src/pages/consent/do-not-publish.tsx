// The do-not-publish list (pupils whose image or name must never be published, e.g. a court
// order or a looked-after child), with the reason, who set it and when; and the form that puts
// one pupil on the list. The reason is the school's words and must not name other pupils.
import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import { consentApi } from '../../api/consent';
import type { Pupil } from '../../api/types';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/fields';
import { setFlash } from '../../components/flash';
import { BackLink, Button, Table } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { asApiError, useApi } from '../../components/use-api';
import { checkText } from '../../lib/validation';
import { navigate } from '../../router';
import { personName, timeName, yearGroupName } from '../labels';
import { usePupil } from '../pupils/pupil-lookup';
import { pupilBase } from './pupil-consent';

export function DoNotPublishPage({ schoolId }: { schoolId: string }) {
  // The list holds ids; names come from the roster the user may read.
  const list = useApi(async () => {
    const [entries, roster] = await Promise.all([consentApi.doNotPublish(schoolId), api.pupils(schoolId, '').catch(() => ({ pupils: [] as Pupil[] }))]);
    const byId = new Map(roster.pupils.map((pupil) => [pupil.id, pupil]));
    return entries.map((entry) => ({ ...byId.get(entry.pupil_id), ...entry }));
  }, [schoolId]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  return (
    <>
      <BackLink href={`${base}/consent`}>Back to the consent register</BackLink>
      <Page title="Do-not-publish list">
        <p class="govuk-body">Nothing that shows or names these pupils may be published, whatever consent is recorded.</p>
        {list.loading && <Loading />}
        {list.error && <LoadFailure error={list.error} />}
        {list.data && list.data.length === 0 && <p class="govuk-body" role="status">No pupil is on the list.</p>}
        {list.data && list.data.length > 0 && (
          <Table caption={`${list.data.length} ${list.data.length === 1 ? 'pupil' : 'pupils'} on the list`}
            head={['Name', 'Year group', 'Reason', 'Set']}
            rows={list.data.map((entry) => [
              <a class="govuk-link" href={`${base}/pupils/${encodeURIComponent(entry.pupil_id)}/consent`}>{personName(entry, entry.pupil_id)}</a>,
              entry.year_group ? yearGroupName(entry.year_group) : '',
              entry.from_roster ? 'Flagged on the school’s roster' : entry.reason,
              timeName(entry.set_at),
            ])} />
        )}
      </Page>
    </>
  );
}

export function AddDoNotPublishPage({ schoolId, pupilId }: { schoolId: string; pupilId: string }) {
  const pupil = usePupil(schoolId, pupilId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const name = personName(pupil.data, `pupil ${pupilId}`);
  const back = `${pupilBase(schoolId, pupilId)}/consent`;

  async function submit(event: Event) {
    event.preventDefault();
    const checked = checkText(reason, { empty: 'Enter why the pupil must not be published', max: 200, tooLong: 'The reason must be 200 characters or fewer' });
    if (!checked.ok) {
      setError(checked.error);
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      await consentApi.setDoNotPublish(schoolId, pupilId, checked.value);
      setFlash('Added to the do-not-publish list');
      navigate(back);
    } catch (failure) {
      setError(asApiError(failure).body.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <BackLink href={back}>Back</BackLink>
        <ErrorSummary problems={error ? [{ text: error, href: '#dnp-reason' }] : []} />
        <span class="govuk-caption-l">{name}</span>
        <form noValidate onSubmit={submit}>
          <TextInput id="dnp-reason" name="reason" label="Why must this pupil not be published?" labelIsHeading
            hint="For example, a court order or a safeguarding plan. Do not include other pupils’ names." value={reason}
            onInput={setReason} error={error} spellcheck />
          <Button disabled={busy}>Add to the do-not-publish list</Button>
        </form>
      </div>
    </div>
  );
}
