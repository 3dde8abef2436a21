// Sign in: username and password. The GOV.UK error summary links to each empty field; a refused
// sign-in shows the server's message and keeps the username (never the password) as typed.
import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { Session } from '../../api/types';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { TextInput } from '../../components/fields';
import { Button } from '../../components/govuk';
import { Page } from '../../components/page';
import { asApiError } from '../../components/use-api';

export function SignInPage({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ username?: string; password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    const found: typeof errors = {};
    if (username.trim() === '') found.username = 'Enter your username';
    if (password === '') found.password = 'Enter your password';
    if (found.username || found.password) {
      setErrors(found);
      return;
    }
    setBusy(true);
    try {
      onSignedIn(await api.signIn(username.trim(), password));
    } catch (error) {
      const failure = asApiError(error);
      setPassword('');
      setErrors({ form: failure.status === 401 ? 'The username or password is not right' : failure.body.message });
    } finally {
      setBusy(false);
    }
  }

  const problems: Problem[] = [];
  if (errors.form) problems.push({ text: errors.form, href: '#username' });
  if (errors.username) problems.push({ text: errors.username, href: '#username' });
  if (errors.password) problems.push({ text: errors.password, href: '#password' });

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary problems={problems} />
        <Page title="Sign in to Steward">
          <form method="post" action="/sign-in" noValidate onSubmit={submit}>
            <TextInput id="username" name="username" label="Username" value={username} onInput={setUsername}
              error={errors.username} autocomplete="username" />
            <TextInput id="password" name="password" label="Password" type="password" value={password}
              onInput={setPassword} error={errors.password} autocomplete="current-password" />
            <Button disabled={busy}>Sign in</Button>
          </form>
        </Page>
      </div>
    </div>
  );
}
