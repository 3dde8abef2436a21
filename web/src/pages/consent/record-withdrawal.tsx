// Recording a withdrawal of one consent record: the date it was withdrawn and an optional note.
// The API opens a takedown task for every published post that relies on it, for the account's
// administrators; the confirmation says how many and links to them.
import { useState } from 'preact/hooks';
import { consentApi, type Withdrawal } from '../../api/consent';
import { DateInput, type DateValue } from '../../components/choices';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { TextArea } from '../../components/fields';
import { BackLink, Button, SummaryList } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { asApiError, useApi } from '../../components/use-api';
import { checkDate, checkText, todayIso } from '../../lib/validation';
import { dateName, personName, platformName } from '../labels';
import { usePupil } from '../pupils/pupil-lookup';
import { pupilBase } from './pupil-consent';

export function RecordWithdrawalPage({ schoolId, pupilId, recordId }: { schoolId: string; pupilId: string; recordId: string }) {
  const pupil = usePupil(schoolId, pupilId);
  const history = useApi(() => consentApi.history(schoolId, pupilId), [schoolId, pupilId]);
  const [date, setDate] = useState<DateValue>({ day: '', month: '', year: '' });
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ date?: { text: string; part?: string }; note?: string; form?: string }>({});
  const [done, setDone] = useState<Withdrawal>();
  const [busy, setBusy] = useState(false);
  const base = pupilBase(schoolId, pupilId);
  const name = personName(pupil.data, `pupil ${pupilId}`);

  if (history.loading) return <Loading />;
  if (history.error) return <LoadFailure error={history.error} />;
  const record = history.data?.find((candidate) => candidate.id === recordId);
  if (!record) {
    return <Page title="Consent record not found"><p class="govuk-body"><a class="govuk-link" href={`${base}/consent`}>Back to the pupil’s consent</a></p></Page>;
  }
  if (done) return <WithdrawalDone schoolId={schoolId} base={base} done={done} name={name} />;

  async function submit(event: Event) {
    event.preventDefault();
    const checkedDate = checkDate(date, 'the date consent was withdrawn', todayIso());
    const checkedNote = checkText(note, { max: 1000, tooLong: 'The note must be 1,000 characters or fewer' });
    const found: typeof errors = {};
    if (!checkedDate.ok) found.date = { text: checkedDate.error, part: checkedDate.field };
    else if (checkedDate.value < record!.recorded_on) found.date = { text: `The date consent was withdrawn must be on or after ${dateName(record!.recorded_on)}, when it was given` };
    if (!checkedNote.ok) found.note = checkedNote.error;
    setErrors(found);
    if (found.date || found.note || !checkedDate.ok || !checkedNote.ok) return;
    setBusy(true);
    try {
      setDone(await consentApi.withdraw(schoolId, recordId, checkedDate.value, checkedNote.value));
    } catch (failure) {
      setErrors({ form: asApiError(failure).body.message });
    } finally {
      setBusy(false);
    }
  }

  const problems: Problem[] = [];
  if (errors.form) problems.push({ text: errors.form, href: '#withdrawn-on-day' });
  if (errors.date) problems.push({ text: errors.date.text, href: `#withdrawn-on-${errors.date.part ?? 'day'}` });
  if (errors.note) problems.push({ text: errors.note, href: '#withdrawal-note' });
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <BackLink href={`${base}/consent`}>Back</BackLink>
        <ErrorSummary problems={problems} />
        <Page title="Record a withdrawal of consent" caption={name}>
          <SummaryList rows={[
            { key: 'Academic year', value: record.academic_year },
            { key: 'Platform', value: platformName(record.platform) },
            { key: 'Recorded', value: dateName(record.recorded_on) },
          ]} />
          <p class="govuk-body">Published posts that show or name {name} on this platform will get a takedown task for the account’s administrators.</p>
          <form noValidate onSubmit={submit}>
            <DateInput id="withdrawn-on" legend="When was consent withdrawn?" value={date} onChange={setDate}
              error={errors.date?.text} errorPart={errors.date?.part} />
            <TextArea id="withdrawal-note" name="note" label="Note (optional)" hint="For example, how the parent told the school. Do not include other pupils’ names."
              value={note} onInput={setNote} error={errors.note} rows={3} />
            <Button warning disabled={busy}>Record withdrawal</Button>
          </form>
        </Page>
      </div>
    </div>
  );
}

function WithdrawalDone({ schoolId, base, done, name }: { schoolId: string; base: string; done: Withdrawal; name: string }) {
  const count = done.takedown_tasks.length;
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <div class="govuk-panel govuk-panel--confirmation">
          <h1 class="govuk-panel__title">Withdrawal recorded</h1>
          <div class="govuk-panel__body">
            {count === 0 ? 'No published post needs taking down' : `${count} takedown ${count === 1 ? 'task' : 'tasks'} opened`}
          </div>
        </div>
        <p class="govuk-body">The consent of {name} was withdrawn on {dateName(done.record?.withdrawn_on ?? '')}.</p>
        {count > 0 && (
          <p class="govuk-body">The account administrators have been given the tasks.{' '}
            <a class="govuk-link" href={`/schools/${encodeURIComponent(schoolId)}/takedowns`}>See the takedown tasks</a></p>
        )}
        <p class="govuk-body"><a class="govuk-link" href={`${base}/consent`}>Back to the pupil’s consent</a></p>
      </div>
    </div>
  );
}
