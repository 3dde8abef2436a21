// The decisions a case's handlers record on the case page: the initial assessment before the
// investigation opens (INC-09), the DSL's decision on the police for a pupil's inadvertent
// conduct (INC-07), contact with the police or another body (INC-07, the role the policy names),
// and a media enquiry's written approval followed by the reply (INC-11). Each form is offered
// when the case is at that step and the case JSON's can_* flag says the user may record it (the
// server's own rule); a due step another role records is named as waiting.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { casesApi, type CaseDecision, type CaseDetail } from '../../api/cases';
import { postsApi } from '../../api/posts';
import { Checkboxes, Radios } from '../../components/choices';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { TextArea, TextInput } from '../../components/fields';
import { Button, InsetText, SummaryList, Tag } from '../../components/govuk';
import { asApiError, useApi } from '../../components/use-api';
import { findDecision, kAgencies, mediaStage, offeredSteps, waitsForAssessment } from '../../lib/case-steps';
import { checkChoice, checkText } from '../../lib/validation';
import { choiceName, timeName } from '../labels';

type Done = (message: string) => void;
interface StepProps { schoolId: string; item: CaseDetail; onDone: Done }

const agencyName = (agency: string) => (agency === 'local_authority_designated_officer' ? 'Local authority designated officer (LADO)' : choiceName(agency));

// Sends `body`; on refusal puts the API's message on `href`. Returns true when it was recorded.
function useSubmit(onDone: Done) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  async function run(href: string, body: () => Promise<unknown>, message: string): Promise<boolean> {
    setBusy(true);
    try {
      await body();
      setProblems([]);
      onDone(message);
      return true;
    } catch (failure) {
      setProblems([{ text: asApiError(failure).body.message, href }]);
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { problems, setProblems, busy, run };
}

const errorFor = (problems: Problem[], href: string) => problems.find((problem) => problem.href === href)?.text;

export function CaseDecisions(props: StepProps) {
  const { item } = props;
  const offered = offeredSteps(item);
  return (
    <>
      <DecisionsRecorded item={item} />
      {offered.assessment === 'form' && <AssessmentForm {...props} />}
      {offered.assessment === 'waiting' && (
        <Waiting id="assessment-waiting" title="Initial assessment">
          The role the school’s policy names records the initial assessment; the investigation opens after it.
        </Waiting>
      )}
      {offered.policeDecision === 'form' && <PoliceDecisionForm {...props} />}
      {offered.policeDecision === 'waiting' && (
        <Waiting id="police-waiting" title="Police decision for a pupil’s inadvertent conduct">
          The role the school’s policy names (usually the designated safeguarding lead) decides whether the police are involved, before anyone contacts them.
        </Waiting>
      )}
      {(offered.media === 'approval' || offered.media === 'reply') && <MediaReplyForms {...props} />}
      {offered.media === 'waiting-approval' && (
        <Waiting id="media-waiting" title="Reply to the media">
          No one replies until the case’s owner stores the written approval.
        </Waiting>
      )}
      {offered.contacts.length > 0 && <ReferralForm {...props} agencies={offered.contacts} />}
    </>
  );
}

function Waiting({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="govuk-!-margin-bottom-6">
      <h2 class="govuk-heading-m" id={id}>{title}</h2>
      <p class="govuk-body"><Tag colour="grey">Waiting for another role</Tag></p>
      <InsetText>{children}</InsetText>
    </section>
  );
}

function decisionTitle(decision: CaseDecision): string {
  switch (decision.kind) {
    case 'initial_assessment': return 'Initial assessment';
    case 'police_decision': return decision.decision === 'involve_police' ? 'DSL’s decision: involve the police' : 'DSL’s decision: do not involve the police';
    case 'media_approval': return 'Written approval of the media reply';
    case 'media_reply': return 'Reply to the media';
    default: return choiceName(decision.kind);
  }
}

function DecisionsRecorded({ item }: { item: CaseDetail }) {
  if (item.decisions.length === 0) return null;
  return (
    <section aria-labelledby="case-decisions" class="govuk-!-margin-bottom-6">
      <h2 class="govuk-heading-m" id="case-decisions">Decisions</h2>
      <SummaryList rows={item.decisions.map((decision) => ({
        key: decisionTitle(decision),
        value: (
          <>
            <p class="govuk-body steward-prewrap">{decision.text}</p>
            {decision.agencies.length > 0 && <p class="govuk-body-s">Agencies to involve: {decision.agencies.map(agencyName).join(', ')}</p>}
            {decision.staff_involved.length > 0 && <p class="govuk-body-s">Staff involved: {decision.staff_involved.length}</p>}
            <p class="govuk-body-s govuk-!-margin-bottom-0">Recorded {timeName(decision.recorded_at)}</p>
          </>
        ),
      }))} />
    </section>
  );
}

function AssessmentForm({ schoolId, item, onDone }: StepProps) {
  const people = useApi(() => postsApi.people(schoolId).catch(() => []), [schoolId]);
  const [text, setText] = useState('');
  const [staff, setStaff] = useState<string[]>([]);
  const [agencies, setAgencies] = useState<string[]>([]);
  const { problems, setProblems, busy, run } = useSubmit(onDone);
  const staffOptions = (people.data ?? [])
    .filter((person) => (person.roles ?? []).length > 0 && person.id !== item.subject_person_id)
    .map((person) => ({ value: person.id, text: person.display_name || person.id }));
  function submit(event: Event) {
    event.preventDefault();
    const checked = checkText(text, { empty: 'Enter the initial assessment', max: 10000 });
    if (!checked.ok) { setProblems([{ text: checked.error, href: '#case-assessment' }]); return; }
    void run('#case-assessment', () => casesApi.assess(schoolId, item.id, { text: checked.value, staff_involved: staff, agencies }), 'Initial assessment recorded');
  }
  return (
    <section aria-labelledby="assessment-heading" class="govuk-!-margin-bottom-6">
      <ErrorSummary problems={problems} />
      <h2 class="govuk-heading-m" id="assessment-heading">Initial assessment</h2>
      {waitsForAssessment(item) && <InsetText>The investigation opens once the initial assessment is recorded.</InsetText>}
      <form noValidate onSubmit={submit}>
        <TextArea id="case-assessment" name="assessment" label="What is the initial assessment?" rows={4}
          hint="Who leads, what happens first and what must be kept. The school’s policy names who records it."
          value={text} onInput={setText} error={errorFor(problems, '#case-assessment')} />
        {staffOptions.length > 0 && (
          <Checkboxes id="case-assessment-staff" name="staff" legend="Which staff are involved? (optional)" small
            values={staff} onChange={setStaff} options={staffOptions} />
        )}
        <Checkboxes id="case-assessment-agencies" name="agencies" legend="Which agencies need to be involved? (optional)" small
          values={agencies} onChange={setAgencies} options={kAgencies.map((agency) => ({ value: agency, text: agencyName(agency) }))} />
        <Button disabled={busy}>Record the initial assessment</Button>
      </form>
    </section>
  );
}

function PoliceDecisionForm({ schoolId, item, onDone }: StepProps) {
  const [involve, setInvolve] = useState<string>();
  const [reason, setReason] = useState('');
  const { problems, setProblems, busy, run } = useSubmit(onDone);
  function submit(event: Event) {
    event.preventDefault();
    const chosen = checkChoice(involve, ['yes', 'no'], 'Select whether to involve the police');
    const why = checkText(reason, { empty: 'Enter the reason for the decision', max: 10000 });
    const found = [...(chosen.ok ? [] : [{ text: chosen.error, href: '#case-police' }]), ...(why.ok ? [] : [{ text: why.error, href: '#case-police-reason' }])];
    setProblems(found);
    if (!chosen.ok || !why.ok) return;
    void run('#case-police', () => casesApi.decidePolice(schoolId, item.id, chosen.value === 'yes', why.value), 'Police decision recorded');
  }
  return (
    <section aria-labelledby="police-heading" class="govuk-!-margin-bottom-6">
      <ErrorSummary problems={problems} />
      <h2 class="govuk-heading-m" id="police-heading">Police decision for a pupil’s inadvertent conduct</h2>
      <p class="govuk-body">The report says the pupil’s conduct was inadvertent. The school avoids criminalising pupils unnecessarily: the designated safeguarding lead decides whether the police are involved, before anyone contacts them and before the case closes.</p>
      <form noValidate onSubmit={submit}>
        <Radios id="case-police" name="involve-police" legend="Should the police be involved?" inline value={involve} onChange={setInvolve}
          error={errorFor(problems, '#case-police')} options={[{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No' }]} />
        <TextArea id="case-police-reason" name="reason" label="Reason for the decision" rows={3} value={reason} onInput={setReason}
          error={errorFor(problems, '#case-police-reason')} />
        <Button disabled={busy}>Record the decision</Button>
      </form>
    </section>
  );
}

function MediaReplyForms({ schoolId, item, onDone }: StepProps) {
  const stage = mediaStage(item);
  const approval = findDecision(item.decisions, 'media_approval');
  const [text, setText] = useState('');
  const { problems, setProblems, busy, run } = useSubmit(onDone);
  const id = stage === 'approval' ? 'case-media-approval' : 'case-media-reply';
  function submit(event: Event) {
    event.preventDefault();
    const checked = checkText(text, { empty: stage === 'approval' ? 'Enter the written approval' : 'Enter the reply', max: 10000 });
    if (!checked.ok) { setProblems([{ text: checked.error, href: `#${id}` }]); return; }
    void run(`#${id}`, () => (stage === 'approval' ? casesApi.approveMediaReply(schoolId, item.id, checked.value) : casesApi.replyToMedia(schoolId, item.id, checked.value)),
      stage === 'approval' ? 'Written approval stored' : 'Reply to the media recorded').then((recorded) => { if (recorded) setText(''); });
  }
  return (
    <section aria-labelledby="media-heading" class="govuk-!-margin-bottom-6">
      <ErrorSummary problems={problems} />
      <h2 class="govuk-heading-m" id="media-heading">Reply to the media</h2>
      <p class="govuk-body">{stage === 'approval' ? <Tag colour="orange">Waiting for written approval</Tag> : <Tag colour="blue">Approved: reply can be recorded</Tag>}</p>
      {stage === 'approval' ? (
        <>
          <InsetText>No one replies to the media until the written approval is stored. Store it first; the reply can be recorded after that.</InsetText>
          <form noValidate onSubmit={submit}>
            <TextArea id={id} name="approval" label="Written approval" rows={3} hint="As written: for example the headteacher’s email approving the reply, with its date."
              value={text} onInput={setText} error={errorFor(problems, `#${id}`)} />
            <Button disabled={busy}>Store the approval</Button>
          </form>
        </>
      ) : (
        <>
          <p class="govuk-body">Approved {timeName(approval?.recorded_at)}.</p>
          <form noValidate onSubmit={submit}>
            <TextArea id={id} name="reply" label="The reply given to the media" rows={4} value={text} onInput={setText} error={errorFor(problems, `#${id}`)} />
            <Button disabled={busy}>Record the reply</Button>
          </form>
        </>
      )}
    </section>
  );
}

function ReferralForm({ schoolId, item, onDone, agencies }: StepProps & { agencies: string[] }) {
  const [body, setBody] = useState<string>();
  const [reference, setReference] = useState('');
  const { problems, setProblems, busy, run } = useSubmit(onDone);
  function submit(event: Event) {
    event.preventDefault();
    const chosen = checkChoice(body, agencies, 'Select who was contacted');
    if (!chosen.ok) { setProblems([{ text: chosen.error, href: '#case-contact' }]); return; }
    void run('#case-contact', () => casesApi.recordReferral(schoolId, item.id, item.state, { body: chosen.value, reference: reference.trim() }),
      `Contact with ${agencyName(chosen.value).replace(/^Police$/, 'the police')} recorded`);
  }
  return (
    <details class="govuk-details govuk-!-margin-bottom-6">
      <summary class="govuk-details__summary"><span class="govuk-details__summary-text">{agencies.includes('police') ? 'Record contact with the police or another agency' : 'Record contact with another agency'}</span></summary>
      <div class="govuk-details__text">
        <ErrorSummary problems={problems} />
        <form noValidate onSubmit={submit}>
          <Radios id="case-contact" name="contact" legend="Who was contacted?" value={body} onChange={setBody} error={errorFor(problems, '#case-contact')}
            hint={agencies.includes('police') ? 'For a pupil’s inadvertent conduct the designated safeguarding lead decides first whether the police are involved.' : 'Contact with the police is recorded by the role the school’s policy names.'}
            options={agencies.map((agency) => ({ value: agency, text: agencyName(agency) }))} />
          <TextInput id="case-contact-reference" name="reference" label="Reference (optional)" value={reference} onInput={setReference} />
          <Button secondary disabled={busy}>Record the contact</Button>
        </form>
      </div>
    </details>
  );
}
