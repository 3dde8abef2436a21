// Recording a consent decision, one question per page (GOV.UK): academic year, platforms, what may
// be published, who gave it and how, then "check your answers". Answers live in memory (never the
// address or browser storage) until sent, so going back or failing validation loses nothing.
// Each platform chosen becomes one record (the register keeps one per pupil, year and platform).
import { useState } from 'preact/hooks';
import { consentApi, currentRecord, givers, platforms, type ConsentRecord, type Giver } from '../../api/consent';
import { Checkboxes, DateInput, Radios, type DateValue } from '../../components/choices';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { setFlash } from '../../components/flash';
import { BackLink, Button, SummaryList } from '../../components/govuk';
import { asApiError, useApi } from '../../components/use-api';
import { academicYearOf, checkChoice, checkDate, checkSome, dateParts, todayIso } from '../../lib/validation';
import { navigate } from '../../router';
import { consentMethods, dateName, giverName, methodName, personName, platformName } from '../labels';
import { usePupil } from '../pupils/pupil-lookup';
import { pupilBase } from './pupil-consent';

export const decisionSteps = ['year', 'platforms', 'allowed', 'source', 'check'] as const;
type Step = (typeof decisionSteps)[number];

interface Answers {
  year?: string;
  platforms: string[];
  allowed: string[];
  givenBy?: string;
  method?: string;
  recordedOn: DateValue;
}

const drafts = new Map<string, Answers>();

function answersFor(key: string): Answers {
  if (!drafts.has(key)) drafts.set(key, { platforms: [], allowed: [], recordedOn: dateParts(todayIso()) });
  return drafts.get(key)!;
}

function yearOptions() {
  const current = academicYearOf(todayIso());
  const start = Number(current.slice(0, 4));
  const next = `${start + 1}/${String((start + 2) % 100).padStart(2, '0')}`;
  return [{ value: current, text: `${current} (this academic year)` }, { value: next, text: `${next} (next academic year)` }];
}

const allowedOptions = [
  { value: 'image', text: 'Photos of the pupil' },
  { value: 'video', text: 'Videos of the pupil' },
  { value: 'name', text: 'The pupil’s name', hint: 'First name only, or with the surname where the school’s policy allows it' },
  { value: 'none', text: 'None of these', hint: 'The school may not publish the pupil’s image, video or name' },
];

type Errors = Partial<Record<'year' | 'platforms' | 'allowed' | 'givenBy' | 'method' | 'recordedOn' | 'form', { text: string; href: string }>>;

// Checks the answers on `step`; returns the problems (empty when the step is complete).
function validate(step: Step, answers: Answers): Errors {
  const errors: Errors = {};
  const put = (key: keyof Errors, result: { ok: boolean; error?: string }, href: string) => {
    if (!result.ok) errors[key] = { text: result.error!, href };
  };
  if (step === 'year' || step === 'check') put('year', checkChoice(answers.year, yearOptions().map((o) => o.value), 'Select the academic year the decision is for'), '#year');
  if (step === 'platforms' || step === 'check') put('platforms', checkSome(answers.platforms, platforms, 'Select at least one platform'), '#platforms');
  if (step === 'allowed' || step === 'check') {
    if (answers.allowed.includes('none') && answers.allowed.length > 1) {
      errors.allowed = { text: 'Select what may be published, or select ‘None of these’ on its own', href: '#allowed' };
    } else put('allowed', checkSome(answers.allowed, ['image', 'video', 'name', 'none'], 'Select what the school may publish, or ‘None of these’'), '#allowed');
  }
  if (step === 'source' || step === 'check') {
    put('givenBy', checkChoice(answers.givenBy, givers, 'Select who gave the decision'), '#given-by');
    put('method', checkChoice(answers.method, consentMethods.map((m) => m.value), 'Select how the decision was given'), '#method');
    const date = checkDate(answers.recordedOn, 'the date the decision was given', todayIso());
    if (!date.ok) errors.recordedOn = { text: date.error, href: `#recorded-on-${date.field ?? 'day'}` };
  }
  return errors;
}

export function RecordDecisionPage({ schoolId, pupilId, step }: { schoolId: string; pupilId: string; step: string }) {
  const key = `${schoolId}\u0000${pupilId}`;
  const [answers, setAnswers] = useState<Answers>(() => ({ ...answersFor(key) }));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const pupil = usePupil(schoolId, pupilId);
  const history = useApi(() => consentApi.history(schoolId, pupilId).catch(() => [] as ConsentRecord[]), [schoolId, pupilId]);
  const base = `${pupilBase(schoolId, pupilId)}/consent`;
  const current = (decisionSteps as readonly string[]).includes(step) ? (step as Step) : 'year';
  const index = decisionSteps.indexOf(current);
  const name = personName(pupil.data, `pupil ${pupilId}`);

  function update(change: Partial<Answers>) {
    const next = { ...answers, ...change };
    drafts.set(key, next);
    setAnswers(next);
  }

  async function submit(event: Event) {
    event.preventDefault();
    const found = validate(current, answers);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (current !== 'check') {
      navigate(`${base}/new/${decisionSteps[index + 1]}`);
      return;
    }
    setBusy(true);
    try {
      const date = checkDate(answers.recordedOn, 'date');
      const recordedOn = date.ok ? date.value : todayIso();
      for (const platform of platforms.filter((p) => answers.platforms.includes(p))) {
        await consentApi.record(schoolId, {
          pupil_id: pupilId, academic_year: answers.year!, platform,
          image: answers.allowed.includes('image'), video: answers.allowed.includes('video'), name: answers.allowed.includes('name'),
          given_by: answers.givenBy as Giver, method: answers.method!, recorded_on: recordedOn,
          amends_id: currentRecord(history.data ?? [], answers.year!, platform)?.id,
        });
      }
      drafts.delete(key);
      setFlash('Consent decision recorded', `${answers.platforms.length} ${answers.platforms.length === 1 ? 'record' : 'records'} added for ${answers.year}.`);
      navigate(base);
    } catch (failure) {
      setErrors({ form: { text: asApiError(failure).body.message, href: '#check-answers' } });
    } finally {
      setBusy(false);
    }
  }

  const problems: Problem[] = Object.values(errors).filter(Boolean).map((error) => error!);
  const backHref = index === 0 ? base : `${base}/new/${decisionSteps[index - 1]}`;
  const caption = `Record a decision for ${name}`;
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <BackLink href={backHref}>Back</BackLink>
        <ErrorSummary problems={problems} />
        <span class="govuk-caption-l">{caption}</span>
        <form noValidate onSubmit={submit}>
          <StepQuestion step={current} answers={answers} errors={errors} update={update} base={base} history={history.data ?? []} />
          <Button disabled={busy}>{current === 'check' ? 'Record decision' : 'Continue'}</Button>
        </form>
      </div>
    </div>
  );
}

interface StepProps {
  step: Step;
  answers: Answers;
  errors: Errors;
  update: (change: Partial<Answers>) => void;
  base: string;
  history: ConsentRecord[];
}

function StepQuestion({ step, answers, errors, update, base, history }: StepProps) {
  const title = {
    year: 'Which academic year is the decision for?', platforms: 'Which platforms does the decision cover?',
    allowed: 'What may the school publish?', source: 'Who gave the decision, and how?', check: 'Check your answers before recording the decision',
  }[step];
  if (typeof document !== 'undefined') document.title = `${errors && Object.keys(errors).length ? 'Error: ' : ''}${title} – Steward`;
  switch (step) {
    case 'year':
      return <Radios id="year" name="year" legend={title} legendIsHeading options={yearOptions()} value={answers.year}
        onChange={(year) => update({ year })} error={errors.year?.text} hint="Consent is collected each academic year (1 September to 31 August)." />;
    case 'platforms':
      return <Checkboxes id="platforms" name="platforms" legend={title} legendIsHeading hint="Select all that apply. Each platform is recorded separately."
        options={platforms.map((p) => ({ value: p, text: platformName(p) }))} values={answers.platforms}
        onChange={(values) => update({ platforms: values })} error={errors.platforms?.text} />;
    case 'allowed':
      return <Checkboxes id="allowed" name="allowed" legend={title} legendIsHeading hint="Select all that apply." options={allowedOptions}
        values={answers.allowed} onChange={(values) => update({ allowed: values })} error={errors.allowed?.text} />;
    case 'source':
      return (
        <>
          <h1 class="govuk-heading-l">{title}</h1>
          <Radios id="given-by" name="given-by" legend="Who gave the decision?" options={givers.map((g) => ({ value: g, text: giverName(g) }))}
            value={answers.givenBy} onChange={(givenBy) => update({ givenBy })} error={errors.givenBy?.text} />
          <Radios id="method" name="method" legend="How was it given?" options={consentMethods} value={answers.method}
            onChange={(method) => update({ method })} error={errors.method?.text} />
          <DateInput id="recorded-on" legend="When was it given?" value={answers.recordedOn} onChange={(recordedOn) => update({ recordedOn })}
            error={errors.recordedOn?.text} errorPart={errors.recordedOn?.href.replace('#recorded-on-', '')} />
        </>
      );
    default:
      return <CheckAnswers title={title} answers={answers} base={base} history={history} />;
  }
}

function CheckAnswers({ title, answers, base, history }: { title: string; answers: Answers; base: string; history: ConsentRecord[] }) {
  const change = (step: Step, what: string) => (
    <a class="govuk-link" href={`${base}/new/${step}`}>Change<span class="govuk-visually-hidden"> {what}</span></a>
  );
  const date = checkDate(answers.recordedOn, 'date');
  const allowedText = answers.allowed.includes('none') ? 'None of these'
    : allowedOptions.filter((o) => answers.allowed.includes(o.value)).map((o) => o.text).join(', ');
  const amended = answers.platforms.map((p) => currentRecord(history, answers.year ?? '', p)).filter((r): r is ConsentRecord => Boolean(r));
  return (
    <>
      <h1 class="govuk-heading-l" id="check-answers" tabIndex={-1}>{title}</h1>
      {amended.length > 0 && (
        <div class="govuk-inset-text">
          This amends the {amended.map((r) => `${platformName(r.platform)} decision recorded on ${dateName(r.recorded_on)}`).join(', and the ')}.
          The earlier {amended.length === 1 ? 'decision stays' : 'decisions stay'} in the history.
        </div>
      )}
      <SummaryList rows={[
        { key: 'Academic year', value: <>{answers.year} {change('year', 'academic year')}</> },
        { key: 'Platforms', value: <>{answers.platforms.map(platformName).join(', ')} {change('platforms', 'platforms')}</> },
        { key: 'May publish', value: <>{allowedText} {change('allowed', 'what may be published')}</> },
        { key: 'Given by', value: <>{giverName(answers.givenBy ?? '')}, {methodName(answers.method).toLowerCase()}, {date.ok ? dateName(date.value) : ''} {change('source', 'who gave it and how')}</> },
      ]} />
    </>
  );
}
