// Follower vetting: who asked to follow or befriend a school account, who the policy says must
// decide (the headteacher for external organisations where the pack says so), and the decision
// with its reason. Logging a request and deciding one each go through the API's rules.
import { useState } from 'preact/hooks';
import { followersApi, requesterKinds, type FollowerRequest } from '../../api/cases';
import { postsApi } from '../../api/posts';
import { Checkboxes, Radios } from '../../components/choices';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { TextInput } from '../../components/fields';
import { Button, SuccessBanner, Table, Tag } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { asApiError, useApi } from '../../components/use-api';
import { checkChoice, checkText } from '../../lib/validation';
import { humanise, platformName, roleName, timeName } from '../labels';

export function FollowersPage({ schoolId }: { schoolId: string }) {
  const [reloads, setReloads] = useState(0);
  const [notice, setNotice] = useState<string>();
  const requests = useApi(() => followersApi.list(schoolId), [schoolId], reloads);
  const accounts = useApi(() => postsApi.accounts(schoolId).catch(() => []), [schoolId]);
  const done = (message: string) => { setNotice(message); setReloads((count) => count + 1); };
  const handle = (id: string) => accounts.data?.find((a) => a.id === id)?.handle ?? id;
  return (
    <>
      {notice && <SuccessBanner title={notice}>{null}</SuccessBanner>}
      <Page title="Follower requests">
        {requests.loading && !requests.data && <Loading />}
        {requests.error && <LoadFailure error={requests.error} />}
        {requests.data && requests.data.length === 0 && <p class="govuk-body" role="status">No requests have been logged.</p>}
        {requests.data && requests.data.length > 0 && (
          <Table caption="Requests, newest first" head={['Who', 'Account', 'Decided by', 'Decision']}
            rows={requests.data.map((request) => [
              `${request.requester_handle} (${humanise(request.requester_kind).toLowerCase()})`,
              handle(request.account_id),
              request.approver_role ? roleName(request.approver_role) : '',
              request.decision === 'pending'
                ? <Decide schoolId={schoolId} request={request} onDone={done} />
                : <><Tag colour={request.decision === 'accepted' ? 'green' : 'red'}>{humanise(request.decision)}</Tag>{request.decision_reason ? ` ${request.decision_reason}` : ''}</>,
            ])} />
        )}
        {accounts.data && accounts.data.length > 0 && <LogRequest schoolId={schoolId} accounts={accounts.data} onDone={done} />}
      </Page>
    </>
  );
}

function Decide({ schoolId, request, onDone }: { schoolId: string; request: FollowerRequest; onDone: (message: string) => void }) {
  const [error, setError] = useState<string>();
  async function decide(decision: 'accepted' | 'declined') {
    try {
      await followersApi.decide(schoolId, request.id, decision, decision === 'accepted' ? 'Checked and known to the school' : 'Not appropriate for a school account');
      onDone(`Request ${decision}`);
    } catch (failure) {
      setError(asApiError(failure).body.message);
    }
  }
  return (
    <div>
      <Tag colour="yellow">Waiting</Tag>{request.created_at ? <span class="govuk-body-s"> since {timeName(request.created_at)}</span> : null}
      {error && <p class="govuk-error-message">{error}</p>}
      <div class="govuk-button-group govuk-!-margin-top-2 govuk-!-margin-bottom-0">
        <Button type="button" secondary onClick={() => decide('accepted')}>Accept<span class="govuk-visually-hidden"> {request.requester_handle}</span></Button>
        <Button type="button" warning onClick={() => decide('declined')}>Decline<span class="govuk-visually-hidden"> {request.requester_handle}</span></Button>
      </div>
    </div>
  );
}

function LogRequest({ schoolId, accounts, onDone }: { schoolId: string; accounts: { id: string; handle: string; platform: string }[]; onDone: (message: string) => void }) {
  const [account, setAccount] = useState<string>();
  const [handle, setHandle] = useState('');
  const [kind, setKind] = useState<string>();
  const [checked, setChecked] = useState<string[]>([]);
  const [problems, setProblems] = useState<Problem[]>([]);
  async function submit(event: Event) {
    event.preventDefault();
    const a = checkChoice(account, accounts.map((x) => x.id), 'Select the account');
    const h = checkText(handle, { empty: 'Enter who sent the request', max: 200 });
    const k = checkChoice(kind, requesterKinds, 'Select who they are');
    const found = [
      ...(a.ok ? [] : [{ text: a.error, href: '#follower-account' }]),
      ...(h.ok ? [] : [{ text: h.error, href: '#follower-handle' }]),
      ...(k.ok ? [] : [{ text: k.error, href: '#follower-kind' }]),
    ];
    setProblems(found);
    if (!a.ok || !h.ok || !k.ok) return;
    try {
      await followersApi.log(schoolId, { account_id: a.value, requester_handle: h.value, requester_kind: k.value, security_checked: checked.includes('yes') });
      setHandle('');
      onDone('Request logged');
    } catch (failure) {
      setProblems([{ text: asApiError(failure).body.message, href: '#follower-handle' }]);
    }
  }
  return (
    <section aria-labelledby="log-request">
      <h2 class="govuk-heading-m" id="log-request">Log a request</h2>
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={submit}>
        <Radios id="follower-account" name="account" legend="Which account?" value={account} onChange={setAccount}
          error={problems.find((p) => p.href === '#follower-account')?.text}
          options={accounts.map((x) => ({ value: x.id, text: `${x.handle} (${platformName(x.platform)})` }))} />
        <TextInput id="follower-handle" name="handle" label="Who sent the request?" hint="Their handle or page name" value={handle} onInput={setHandle}
          error={problems.find((p) => p.href === '#follower-handle')?.text} />
        <Radios id="follower-kind" name="kind" legend="Who are they?" value={kind} onChange={setKind}
          error={problems.find((p) => p.href === '#follower-kind')?.text}
          options={requesterKinds.map((value) => ({ value, text: humanise(value) }))} />
        <Checkboxes id="follower-checked" name="checked" legend="Checks" values={checked} onChange={setChecked} small
          options={[{ value: 'yes', text: 'Their identity and the account’s security settings have been checked' }]} />
        <Button>Log request</Button>
      </form>
    </section>
  );
}
