// A CSV import form in the GOV.UK pattern, shared by the roster, consent and comments imports: choose a
// file or paste the CSV, send it; the import is all or nothing, so when the server refuses it
// every bad row is listed in the error summary, linked to that row in a table below, and the CSV
// stays in the box to be fixed. `extra` holds questions asked before the file (e.g. which account).
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ErrorSummary, type Problem } from './error-summary';
import { TextArea } from './fields';
import { Button, SuccessBanner, Table } from './govuk';
import { asApiError } from './use-api';
import { rowsFromMessage, type RowProblem } from '../lib/rows';

export interface CsvImportProps {
  id: string;  // prefix of the field ids: `${id}-file`, `${id}-csv`, rows `${id}-line-N`
  title: string;
  refusedTitle: string;  // "The consent decisions were not imported"
  buttonText: string;
  successTitle: string;
  pasteLabel?: string;  // "Or paste the roster CSV"; default "Or paste the CSV"
  emptyMessage?: string;  // "Paste the roster CSV or choose a file"; default "Paste the CSV or choose a file"
  children: ComponentChildren;  // what the file must contain
  extra?: ComponentChildren;
  checkExtra?: () => Problem | undefined;
  send: (csv: string) => Promise<ComponentChildren>;  // resolves to what was imported, in words
}

export function CsvImport(props: CsvImportProps) {
  const { id, title, refusedTitle, buttonText, successTitle, children, extra, checkExtra, send } = props;
  const [csv, setCsv] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [extraProblem, setExtraProblem] = useState<Problem>();
  const [rows, setRows] = useState<RowProblem[]>([]);
  const [imported, setImported] = useState<ComponentChildren>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => { document.title = `${title} – Steward`; }, [title]);

  async function chooseFile(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) setCsv(await file.text());
  }

  async function submit(event: Event) {
    event.preventDefault();
    setImported(null);
    setRows([]);
    setFormError(undefined);
    const extraFailure = checkExtra?.();
    setExtraProblem(extraFailure);
    setFieldError(csv.trim() === '' ? props.emptyMessage ?? 'Paste the CSV or choose a file' : undefined);
    if (extraFailure || csv.trim() === '') return;
    setBusy(true);
    try {
      setImported(await send(csv));
      setCsv('');
    } catch (error) {
      const failure = asApiError(error);
      const found = failure.rows.length > 0 ? failure.rows : rowsFromMessage(failure.body.message);
      setRows(found);
      setFormError(found.length > 0 ? undefined : failure.body.message);
    } finally {
      setBusy(false);
    }
  }

  const problems: Problem[] = [];
  if (extraProblem) problems.push(extraProblem);
  if (fieldError) problems.push({ text: fieldError, href: `#${id}-csv` });
  if (formError) problems.push({ text: formError, href: `#${id}-csv` });
  for (const row of rows) problems.push({ text: `Line ${row.line}: ${row.message}`, href: `#${id}-line-${row.line}` });

  return (
    <>
      <ErrorSummary problems={problems} title={rows.length > 0 ? refusedTitle : 'There is a problem'} />
      {imported !== null && <SuccessBanner title={successTitle}>{imported}</SuccessBanner>}
      <h1 class="govuk-heading-l">{title}</h1>
      {children}
      <form noValidate onSubmit={submit}>
        {extra}
        <div class="govuk-form-group">
          <label class="govuk-label" for={`${id}-file`}>Choose a CSV file</label>
          <input class="govuk-file-upload" id={`${id}-file`} name={`${id}-file`} type="file" accept=".csv,text/csv" onChange={chooseFile} />
        </div>
        <TextArea id={`${id}-csv`} name={`${id}-csv`} label={props.pasteLabel ?? 'Or paste the CSV'} value={csv} onInput={setCsv}
          error={fieldError ?? formError ?? (rows.length > 0 ? 'Fix the rows listed below and import again' : undefined)} rows={10} />
        <Button disabled={busy}>{buttonText}</Button>
      </form>
      {rows.length > 0 && (
        <Table caption="Rows to fix" head={['Line', 'Problem']}
          rowIds={rows.map((row, index) => (rows.findIndex((other) => other.line === row.line) === index ? `${id}-line-${row.line}` : `${id}-line-${row.line}-${index}`))}
          rows={rows.map((row) => [String(row.line), row.message])} />
      )}
    </>
  );
}
