// Form fields in the GOV.UK pattern: label, optional hint, error message and the input, with the
// error state and aria-describedby wired up so screen readers hear the hint and the error.
interface FieldProps {
  id: string;
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  error?: string;
  type?: 'text' | 'password' | 'search';
  autocomplete?: string;
  labelIsHeading?: boolean;
  spellcheck?: boolean;
}

function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldLabel({ id, label, heading }: { id: string; label: string; heading?: boolean }) {
  if (heading) {
    return (
      <h1 class="govuk-label-wrapper">
        <label class="govuk-label govuk-label--l" for={id}>{label}</label>
      </h1>
    );
  }
  return <label class="govuk-label" for={id}>{label}</label>;
}

function Messages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && <div id={`${id}-hint`} class="govuk-hint">{hint}</div>}
      {error && (
        <p id={`${id}-error`} class="govuk-error-message">
          <span class="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
}

export function TextInput(props: FieldProps) {
  const { id, name, label, value, onInput, hint, error, type = 'text', autocomplete } = props;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <FieldLabel id={id} label={label} heading={props.labelIsHeading} />
      <Messages id={id} hint={hint} error={error} />
      <input
        class={`govuk-input${error ? ' govuk-input--error' : ''}`}
        id={id}
        name={name}
        type={type as "text"}
        value={value}
        autocomplete={autocomplete}
        spellcheck={props.spellcheck ?? false}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(event) => onInput((event.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const { id, name, label, value, onInput, hint, error, rows = 8 } = props;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <FieldLabel id={id} label={label} heading={props.labelIsHeading} />
      <Messages id={id} hint={hint} error={error} />
      <textarea
        class={`govuk-textarea steward-monospace${error ? ' govuk-textarea--error' : ''}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        spellcheck={false}
        aria-describedby={describedBy(id, hint, error)}
        onInput={(event) => onInput((event.currentTarget as HTMLTextAreaElement).value)}
      />
    </div>
  );
}
