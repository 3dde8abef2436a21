// GOV.UK question patterns with a fieldset: radios, checkboxes and the date input. The legend can
// be the page's heading (one question per page); the error message sits above the options and the
// error summary links to the first option's id (`${id}` itself), or to the date part in error.
import type { ComponentChildren } from 'preact';

export interface Option {
  value: string;
  text: string;
  hint?: string;
}

interface FieldsetProps {
  id: string;
  legend: string;
  legendIsHeading?: boolean;
  hint?: ComponentChildren;
  error?: string;
  children: ComponentChildren;
}

function Fieldset({ id, legend, legendIsHeading, hint, error, children }: FieldsetProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy}>
        <legend class={`govuk-fieldset__legend ${legendIsHeading ? 'govuk-fieldset__legend--l' : 'govuk-fieldset__legend--m'}`}>
          {legendIsHeading ? <h1 class="govuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint && <div id={`${id}-hint`} class="govuk-hint">{hint}</div>}
        {error && (
          <p id={`${id}-error`} class="govuk-error-message">
            <span class="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        {children}
      </fieldset>
    </div>
  );
}

const optionId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);

export function Radios(props: Omit<FieldsetProps, 'children'> & { name: string; options: Option[]; value?: string; onChange: (value: string) => void; inline?: boolean }) {
  const { id, name, options, value, onChange, inline } = props;
  return (
    <Fieldset {...props}>
      <div class={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`} data-module="govuk-radios">
        {options.map((option, index) => (
          <div class="govuk-radios__item" key={option.value}>
            <input class="govuk-radios__input" id={optionId(id, index)} name={name} type="radio" value={option.value}
              checked={value === option.value} onChange={() => onChange(option.value)}
              aria-describedby={option.hint ? `${optionId(id, index)}-hint` : undefined} />
            <label class="govuk-label govuk-radios__label" for={optionId(id, index)}>{option.text}</label>
            {option.hint && <div id={`${optionId(id, index)}-hint`} class="govuk-hint govuk-radios__hint">{option.hint}</div>}
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

export function Checkboxes(props: Omit<FieldsetProps, 'children'> & { name: string; options: Option[]; values: string[]; onChange: (values: string[]) => void; small?: boolean }) {
  const { id, name, options, values, onChange, small } = props;
  const toggle = (value: string, on: boolean) => onChange(on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value));
  return (
    <Fieldset {...props}>
      <div class={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`} data-module="govuk-checkboxes">
        {options.map((option, index) => (
          <div class="govuk-checkboxes__item" key={option.value}>
            <input class="govuk-checkboxes__input" id={optionId(id, index)} name={name} type="checkbox" value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, (event.currentTarget as HTMLInputElement).checked)}
              aria-describedby={option.hint ? `${optionId(id, index)}-hint` : undefined} />
            <label class="govuk-label govuk-checkboxes__label" for={optionId(id, index)}>{option.text}</label>
            {option.hint && <div id={`${optionId(id, index)}-hint`} class="govuk-hint govuk-checkboxes__hint">{option.hint}</div>}
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

export interface DateValue {
  day: string;
  month: string;
  year: string;
}

// The GOV.UK date input: day, month and year boxes with ids `${id}-day` etc. `errorPart` names
// the box(es) to mark: one part, or all when undefined and there is an error.
export function DateInput(props: Omit<FieldsetProps, 'children'> & { value: DateValue; onChange: (value: DateValue) => void; errorPart?: string }) {
  const { id, value, onChange, error, errorPart } = props;
  const parts: { key: keyof DateValue; label: string; width: number }[] = [
    { key: 'day', label: 'Day', width: 2 }, { key: 'month', label: 'Month', width: 2 }, { key: 'year', label: 'Year', width: 4 },
  ];
  return (
    <Fieldset {...props} hint={props.hint ?? 'For example, 27 3 2026'}>
      <div class="govuk-date-input" id={id}>
        {parts.map((part) => {
          const marked = error && (!errorPart || errorPart === part.key);
          return (
            <div class="govuk-date-input__item" key={part.key}>
              <div class="govuk-form-group">
                <label class="govuk-label govuk-date-input__label" for={`${id}-${part.key}`}>{part.label}</label>
                <input class={`govuk-input govuk-date-input__input govuk-input--width-${part.width}${marked ? ' govuk-input--error' : ''}`}
                  id={`${id}-${part.key}`} name={`${id}-${part.key}`} type="text" inputMode="numeric" value={value[part.key]}
                  onInput={(event) => onChange({ ...value, [part.key]: (event.currentTarget as HTMLInputElement).value })} />
              </div>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

export function Select({ id, label, value, options, onChange, hint, error }: { id: string; label: string; value: string; options: (Option & { disabled?: boolean })[]; onChange: (value: string) => void; hint?: string; error?: string }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label class="govuk-label" for={id}>{label}</label>
      {hint && <div id={`${id}-hint`} class="govuk-hint">{hint}</div>}
      {error && (
        <p id={`${id}-error`} class="govuk-error-message">
          <span class="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <select class={`govuk-select${error ? ' govuk-select--error' : ''}`} id={id} name={id} value={value} aria-describedby={describedBy}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}>
        {options.map((option) => <option key={option.value} value={option.value} disabled={option.disabled}>{option.text}</option>)}
      </select>
    </div>
  );
}
