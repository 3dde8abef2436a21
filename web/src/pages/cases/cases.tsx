// Cases: the concerns the user may see (newest first; urgent ones flagged), and the report form:
// first what the concern is about, then that type's questions as the API's case-forms lists them.
import { useState } from 'preact/hooks';
import { casesApi, type CaseForm } from '../../api/cases';
import { Checkboxes, DateInput, Radios, type DateValue } from '../../components/choices';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { TextArea, TextInput } from '../../components/fields';
import { setFlash, useFlash } from '../../components/flash';
import { BackLink, Button, SuccessBanner, Table, Tag } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { asApiError, useApi } from '../../components/use-api';
import { validateReport } from '../../lib/forms';
import { checkChoice } from '../../lib/validation';
import { navigate } from '../../router';
import { caseStateName, choiceName, concernName, fieldLabel, roleName, timeName } from '../labels';

export function CasesPage({ schoolId }: { schoolId: string }) {
  const flash = useFlash();
  const cases = useApi(() => casesApi.list(schoolId), [schoolId]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  return (
    <>
    {flash && <SuccessBanner title={flash.title}>{flash.text ? <p class="govuk-body">{flash.text}</p> : null}</SuccessBanner>}
    <Page title="Concerns and cases">
      <a class="govuk-button" data-module="govuk-button" href={`${base}/cases/new`} draggable={false}>Report a concern</a>
      {cases.loading && <Loading />}
      {cases.error && <LoadFailure error={cases.error} />}
      {cases.data && cases.data.length === 0 && <p class="govuk-body" role="status">There are no cases you can see.</p>}
      {cases.data && cases.data.length > 0 && (
        <Table caption="Cases you can see" captionVisible={false} head={['Concern', 'Reported', 'Handled by', 'Status']}
          rows={cases.data.map((item) => [
            <>{item.urgent && <><Tag colour="red">Urgent</Tag>{' '}</>}<a class="govuk-link" href={`${base}/cases/${encodeURIComponent(item.id)}`}>{concernName(item.concern_type)}</a>
              {item.summary ? <span class="govuk-body-s"><br />{item.summary}</span> : null}</>,
            timeName(item.created_at),
            item.owner_role ? roleName(item.owner_role) : '',
            <Tag colour={caseStateName(item.state).colour}>{caseStateName(item.state).text}</Tag>,
          ])} />
      )}
    </Page>
    </>
  );
}

type Values = Record<string, string>;

export function ReportCasePage({ schoolId }: { schoolId: string }) {
  const forms = useApi(() => casesApi.forms(schoolId), [schoolId]);
  const [type, setType] = useState<string>();
  const [step, setStep] = useState<'type' | 'details'>('type');
  const [summary, setSummary] = useState('');
  const [urgent, setUrgent] = useState<string[]>([]);
  const [values, setValues] = useState<Values>({});
  const [dates, setDates] = useState<Record<string, DateValue>>({});
  const [errors, setErrors] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  if (forms.loading) return <Loading />;
  if (forms.error || !forms.data) return <LoadFailure error={forms.error!} />;
  const form = forms.data.find((candidate) => candidate.concern_type === type);

  function chooseType(event: Event) {
    event.preventDefault();
    const chosen = checkChoice(type, forms.data!.map((f) => f.concern_type), 'Select what the concern is about');
    setErrors(chosen.ok ? [] : [{ text: chosen.error, href: '#concern-type' }]);
    if (chosen.ok) { setStep('details'); window.scrollTo(0, 0); }
  }

  async function submit(event: Event) {
    event.preventDefault();
    const { problems, fields } = validateReport(form!.fields, summary, values, dates, (name) => fieldLabel(name, true));
    setErrors(problems);
    if (problems.length > 0) return;
    setBusy(true);
    try {
      await casesApi.open(schoolId, { concern_type: type!, summary: summary.trim(), urgent: urgent.includes('urgent'), fields });
      setFlash('Concern reported', 'It has gone to the person the school’s policy names for this kind of concern.');
      navigate(`${base}/cases`);
    } catch (failure) {
      const error = asApiError(failure);
      const field = error.body.where?.replace(/^fields\./, '');
      setErrors([{ text: error.body.message, href: field && form!.fields.some((f) => f.name === field) ? `#field-${field}` : '#case-summary' }]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        {step === 'type'
          ? <BackLink href={`${base}/cases`}>Back</BackLink>
          : <a href="#" class="govuk-back-link" onClick={(event) => { event.preventDefault(); setStep('type'); setErrors([]); }}>Back</a>}
        <ErrorSummary problems={errors} />
        {step === 'type' ? (
          <form noValidate onSubmit={chooseType}>
            <Radios id="concern-type" name="concern-type" legend="What is the concern about?" legendIsHeading value={type} onChange={setType}
              hint="It goes to the person the school’s policy names for this kind of concern."
              options={forms.data.map((f) => ({ value: f.concern_type, text: concernName(f.concern_type) }))} />
            <Button>Continue</Button>
          </form>
        ) : (
          <form noValidate onSubmit={submit}>
            <span class="govuk-caption-l">{concernName(type!)}</span>
            <h1 class="govuk-heading-l">Tell us about the concern</h1>
            <TextInput id="case-summary" name="summary" label="Summary in one line" hint="Do not include pupils’ names." value={summary} onInput={setSummary}
              error={errors.find((e) => e.href === '#case-summary')?.text} spellcheck />
            {form!.fields.map((field) => (
              <FormFieldInput key={field.name} field={field} value={values[field.name] ?? ''} date={dates[field.name]}
                error={errors.find((e) => e.href?.startsWith(`#field-${field.name}`))?.text}
                onValue={(value) => setValues({ ...values, [field.name]: value })} onDate={(value) => setDates({ ...dates, [field.name]: value })} />
            ))}
            <Checkboxes id="case-urgent" name="urgent" legend="Is it urgent?" values={urgent} onChange={setUrgent}
              options={[{ value: 'urgent', text: 'Yes, someone may be at risk now', hint: 'A safeguarding disclosure is always urgent.' }]} />
            <Button disabled={busy}>Report the concern</Button>
          </form>
        )}
      </div>
    </div>
  );
}

function FormFieldInput({ field, value, date, error, onValue, onDate }: {
  field: CaseForm['fields'][number]; value: string; date?: DateValue; error?: string; onValue: (value: string) => void; onDate: (value: DateValue) => void;
}) {
  const id = `field-${field.name}`;
  const label = fieldLabel(field.name, field.required);
  if (field.datetime) {
    return <DateInput id={id} legend={label} value={date ?? { day: '', month: '', year: '' }} onChange={onDate} error={error} />;
  }
  if (field.choices.length > 0) {
    return <Radios id={id} name={id} legend={label} value={value} onChange={onValue} error={error} inline={field.choices.length <= 3}
      options={field.choices.map((choice) => ({ value: choice, text: choiceName(choice) }))} />;
  }
  if (field.name === 'description' || field.name === 'immediate_action') {
    return <TextArea id={id} name={id} label={label} value={value} onInput={onValue} error={error} rows={4} />;
  }
  return <TextInput id={id} name={id} label={label} value={value} onInput={onValue} error={error} spellcheck />;
}
