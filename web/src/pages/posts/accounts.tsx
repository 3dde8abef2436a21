// The school's official accounts with their administrators and moderators, and the form that
// registers one (platform, handle, address, runners chosen from the school's people).
import { useState } from 'preact/hooks';
import { platforms } from '../../api/consent';
import { postsApi, type Account, type Person } from '../../api/posts';
import { Checkboxes, Radios } from '../../components/choices';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { TextInput } from '../../components/fields';
import { Button, SuccessBanner, Table } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { asApiError, useApi } from '../../components/use-api';
import { checkChoice, checkText } from '../../lib/validation';
import { platformName, roleName } from '../labels';

export function AccountsPage({ schoolId }: { schoolId: string }) {
  const [reloads, setReloads] = useState(0);
  const [added, setAdded] = useState<string>();
  const accounts = useApi(() => postsApi.accounts(schoolId), [schoolId], reloads);
  const people = useApi(() => postsApi.people(schoolId).catch(() => [] as Person[]), [schoolId]);
  const names = new Map((people.data ?? []).map((person) => [person.id, person.display_name]));
  const who = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ') || 'None';
  return (
    <>
      {added && <SuccessBanner title={`Account ${added} registered`}>{null}</SuccessBanner>}
      <Page title="Official accounts">
        {accounts.loading && !accounts.data && <Loading />}
        {accounts.error && <LoadFailure error={accounts.error} />}
        {accounts.data && accounts.data.length === 0 && <p class="govuk-body">The school has no official accounts yet.</p>}
        {accounts.data && accounts.data.length > 0 && (
          <Table caption="Accounts" captionVisible={false} head={['Account', 'Platform', 'Administrators', 'Moderators']}
            rows={accounts.data.map((account: Account) => [
              account.url ? <a class="govuk-link" href={account.url} rel="noreferrer noopener">{account.handle}</a> : account.handle,
              platformName(account.platform), who(account.administrators), who(account.moderators),
            ])} />
        )}
        {people.data && <RegisterAccount schoolId={schoolId} people={people.data}
          onAdded={(handle) => { setAdded(handle); setReloads((count) => count + 1); }} />}
      </Page>
    </>
  );
}

function RegisterAccount({ schoolId, people, onAdded }: { schoolId: string; people: Person[]; onAdded: (handle: string) => void }) {
  const [platform, setPlatform] = useState<string>();
  const [handle, setHandle] = useState('');
  const [url, setUrl] = useState('');
  const [administrators, setAdministrators] = useState<string[]>([]);
  const [moderators, setModerators] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const staff = people.map((person) => ({ value: person.id, text: person.display_name, hint: rolesOf(person) }));

  async function submit(event: Event) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const chosen = checkChoice(platform, platforms, 'Select the platform');
    if (!chosen.ok) found.platform = chosen.error;
    const name = checkText(handle, { empty: 'Enter the account’s handle or page name', max: 100 });
    if (!name.ok) found.handle = name.error;
    if (administrators.length === 0) found.administrators = 'Select at least one administrator';
    setErrors(found);
    if (!chosen.ok || !name.ok || Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await postsApi.addAccount(schoolId, { platform: chosen.value, handle: name.value, url: url.trim() || undefined, administrators, moderators });
      onAdded(name.value);
      setHandle('');
      setUrl('');
    } catch (failure) {
      setErrors({ form: asApiError(failure).body.message });
    } finally {
      setBusy(false);
    }
  }

  const hrefs: Record<string, string> = { form: '#account-handle', platform: '#account-platform', handle: '#account-handle', administrators: '#account-administrators' };
  const problems: Problem[] = Object.entries(errors).map(([key, text]) => ({ text, href: hrefs[key] }));
  return (
    <section aria-labelledby="register-heading">
      <h2 class="govuk-heading-m" id="register-heading">Register an account</h2>
      <ErrorSummary problems={problems} />
      <form noValidate onSubmit={submit}>
        <Radios id="account-platform" name="platform" legend="Platform" value={platform} onChange={setPlatform} error={errors.platform}
          options={platforms.map((p) => ({ value: p, text: platformName(p) }))} />
        <TextInput id="account-handle" name="handle" label="Handle or page name" hint="For example, @belgraveschool" value={handle} onInput={setHandle} error={errors.handle ?? errors.form} />
        <TextInput id="account-url" name="url" label="Web address (optional)" value={url} onInput={setUrl} />
        <Checkboxes id="account-administrators" name="administrators" legend="Administrators" hint="They publish posts and take them down." small
          options={staff} values={administrators} onChange={setAdministrators} error={errors.administrators} />
        <Checkboxes id="account-moderators" name="moderators" legend="Moderators (optional)" hint="They answer and moderate comments." small
          options={staff.map((option) => ({ ...option, value: option.value }))} values={moderators} onChange={setModerators} />
        <Button disabled={busy}>Register account</Button>
      </form>
    </section>
  );
}

function rolesOf(person: Person): string | undefined {
  const roles = (person.roles ?? []).map((role) => (typeof role === 'string' ? role : role.role));
  return roles.length > 0 ? roles.map(roleName).join(', ') : undefined;
}
