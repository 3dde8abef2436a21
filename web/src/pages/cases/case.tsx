// One case: what was reported (the form's answers, with the late-report flag), who handles it
// under the policy, its state, decisions, block tasks, notes and evidence; the handler records
// the initial assessment and the other decisions (case-decisions.tsx), moves it one step on (with
// the outcome and any police or CEOP referral at the outcome step), adds notes and evidence
// (case-evidence.tsx). The API decides who may.
import { useState } from 'preact/hooks';
import { casesApi, type CaseDetail } from '../../api/cases';
import { Radios } from '../../components/choices';
import { ErrorSummary } from '../../components/error-summary';
import { TextArea, TextInput } from '../../components/fields';
import { useFlash } from '../../components/flash';
import { BackLink, Button, SuccessBanner, SummaryList, Table, Tag } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { asApiError, useApi } from '../../components/use-api';
import { checkChoice, checkText } from '../../lib/validation';
import { offeredSteps, waitsForAssessment } from '../../lib/case-steps';
import { caseOutcomes, caseStateName, choiceName, concernName, fieldLabel, humanise, roleName, timeName } from '../labels';
import { CaseBlockTasks } from './block-tasks';
import { CaseDecisions } from './case-decisions';
import { Evidence } from './case-evidence';

const referralNames: Record<string, string> = { police: 'Police', ceop: 'CEOP', local_authority_designated_officer: 'Local authority designated officer (LADO)' };
const nextState: Record<string, string> = { reported: 'triaged', triaged: 'investigating', investigating: 'outcome', outcome: 'closed' };

export function CasePage({ schoolId, caseId }: { schoolId: string; caseId: string }) {
  const flash = useFlash();
  const [reloads, setReloads] = useState(0);
  const [notice, setNotice] = useState<string>();
  const detail = useApi(() => casesApi.get(schoolId, caseId), [schoolId, caseId], reloads);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  const done = (message: string) => { setNotice(message); setReloads((count) => count + 1); };
  if (detail.loading && !detail.data) return <Loading />;
  if (detail.error || !detail.data) return <LoadFailure error={detail.error!} />;
  const item = detail.data;
  const state = caseStateName(item.state);
  const banner = notice ?? flash?.title;
  return (
    <>
      <BackLink href={`${base}/cases`}>Back to cases</BackLink>
      {banner && <SuccessBanner title={banner}>{!notice && flash?.text ? <p class="govuk-body">{flash.text}</p> : null}</SuccessBanner>}
      <Page title={concernName(item.concern_type)} caption="Case">
        <p class="govuk-body">{item.urgent && <><Tag colour="red">Urgent</Tag>{' '}</>}{item.late_report && <><Tag colour="orange">Reported late</Tag>{' '}</>}<Tag colour={state.colour}>{state.text}</Tag></p>
        <SummaryList rows={[
          { key: 'Summary', value: item.summary ?? '' },
          { key: 'Handled by', value: item.owner_role ? roleName(item.owner_role) : 'Not routed yet' },
          ...(item.procedure ? [{ key: 'Procedure', value: humanise(item.procedure) }] : []),
          { key: 'Reported', value: timeName(item.created_at) },
          ...(item.first_seen_at ? [{ key: 'First seen', value: timeName(item.first_seen_at) }] : []),
          ...(item.late_report ? [{ key: 'Late report', value: 'Yes: reported later than the school’s policy asks after it was first seen' }] : []),
          ...(item.source_comment_id ? [{ key: 'From a comment', value: 'Opened from a comment on a school account' }] : []),
          ...(item.outcome ? [{ key: 'Outcome', value: `${choiceName(item.outcome)}${item.outcome_note ? `: ${item.outcome_note}` : ''}` }] : []),
          ...(item.referrals ?? []).map((referral) => ({ key: 'Referral', value: `${choiceName(referral.body)}${referral.reference ? `, reference ${referral.reference}` : ''}` })),
        ]} />
        {Object.keys(item.fields ?? {}).length > 0 && (
          <>
            <h2 class="govuk-heading-m">What was reported</h2>
            <SummaryList rows={Object.entries(item.fields ?? {}).map(([name, value]) => ({ key: fieldLabel(name, true), value: /^[a-z_]+$/.test(value) ? choiceName(value) : value }))} />
          </>
        )}
        <CaseDecisions schoolId={schoolId} item={item} onDone={done} />
        <CaseBlockTasks tasks={item.block_tasks} />
        {item.can_handle === true && nextState[item.state] && !waitsForAssessment(item) && <MoveOn schoolId={schoolId} item={item} onDone={done} />}
        <Notes schoolId={schoolId} item={item} onDone={done} />
        <Evidence schoolId={schoolId} item={item} onDone={done} />
      </Page>
    </>
  );
}

function MoveOn({ schoolId, item, onDone }: { schoolId: string; item: CaseDetail; onDone: (message: string) => void }) {
  const to = nextState[item.state];
  const [outcome, setOutcome] = useState<string>();
  const [note, setNote] = useState('');
  const [referralBody, setReferralBody] = useState<string>();
  const [reference, setReference] = useState('');
  const [error, setError] = useState<{ text: string; href: string }>();
  const [busy, setBusy] = useState(false);
  async function submit(event: Event) {
    event.preventDefault();
    if (to === 'outcome') {
      const chosen = checkChoice(outcome, caseOutcomes, 'Select the outcome');
      if (!chosen.ok) { setError({ text: chosen.error, href: '#case-outcome' }); return; }
    }
    setError(undefined);
    setBusy(true);
    try {
      await casesApi.transition(schoolId, item.id, {
        to, outcome: to === 'outcome' ? outcome : undefined, note: note.trim() || undefined,
        referral: referralBody && referralBody !== 'none' ? { body: referralBody, reference: reference.trim() } : undefined,
      });
      onDone(`Case moved to ${caseStateName(to).text.toLowerCase()}`);
    } catch (failure) {
      setError({ text: asApiError(failure).body.message, href: to === 'outcome' ? '#case-outcome' : '#case-step-note' });
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="move-on" class="govuk-!-margin-bottom-6">
      <ErrorSummary problems={error ? [error] : []} />
      <h2 class="govuk-heading-m" id="move-on">Next step: {caseStateName(to).text.toLowerCase()}</h2>
      <form noValidate onSubmit={submit}>
        {to === 'outcome' && (
          <>
            <Radios id="case-outcome" name="outcome" legend="What is the outcome?" value={outcome} onChange={setOutcome} error={error?.href === '#case-outcome' ? error.text : undefined}
              options={caseOutcomes.map((value) => ({ value, text: choiceName(value) }))} />
            <Radios id="case-referral" name="referral" legend="Was it referred outside the school?" value={referralBody} onChange={setReferralBody}
              hint={item.referral_required ? 'This kind of concern needs a police or CEOP referral recorded before it is closed.' : undefined}
              options={[{ value: 'none', text: 'No' }, ...offeredSteps(item).outcomeReferrals.map((body) => ({ value: body, text: referralNames[body] ?? choiceName(body) }))]} />
            {referralBody && referralBody !== 'none' && <TextInput id="case-reference" name="reference" label="Reference (optional)" value={reference} onInput={setReference} />}
          </>
        )}
        <TextArea id="case-step-note" name="note" label="Note (optional)" value={note} onInput={setNote} rows={3} />
        <Button disabled={busy}>{to === 'closed' ? 'Close the case' : `Move to ${caseStateName(to).text.toLowerCase()}`}</Button>
      </form>
    </section>
  );
}

function Notes({ schoolId, item, onDone }: { schoolId: string; item: CaseDetail; onDone: (message: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  async function submit(event: Event) {
    event.preventDefault();
    const checked = checkText(text, { empty: 'Enter the note', max: 5000 });
    if (!checked.ok) { setError(checked.error); return; }
    try {
      await casesApi.addNote(schoolId, item.id, checked.value);
      setText('');
      setError(undefined);
      onDone('Note added');
    } catch (failure) {
      setError(asApiError(failure).body.message);
    }
  }
  return (
    <section aria-labelledby="case-notes">
      <h2 class="govuk-heading-m" id="case-notes">Notes</h2>
      {item.notes.length === 0 ? <p class="govuk-body">No notes yet.</p> : (
        <Table caption="Notes" captionVisible={false} head={['When', 'Note']}
          rows={item.notes.map((note) => [timeName(note.created_at), note.text])} />
      )}
      {item.can_handle === true && <form noValidate onSubmit={submit}>
        <TextArea id="case-note" name="note" label="Add a note" value={text} onInput={setText} error={error} rows={3} />
        <Button secondary>Add note</Button>
      </form>}
    </section>
  );
}
