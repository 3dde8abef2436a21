// Roster import: paste or choose a CSV file and send it. The import is all or nothing: when the
// server refuses it, every bad row is listed in the error summary, linked to that row in a table
// below, and the CSV stays in the box to be fixed.
import { useState } from 'preact/hooks';
import { api } from '../../api/client';
import type { RosterResult, RowError } from '../../api/types';
import { ErrorSummary, type Problem } from '../../components/error-summary';
import { TextArea } from '../../components/fields';
import { BackLink, Button, SuccessBanner, Table } from '../../components/govuk';
import { Page } from '../../components/page';
import { asApiError } from '../../components/use-api';

export function RosterImportPage({ schoolId }: { schoolId: string }) {
  const [csv, setCsv] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [rows, setRows] = useState<RowError[]>([]);
  const [imported, setImported] = useState<RosterResult | null>(null);
  const [busy, setBusy] = useState(false);
  const base = `/schools/${encodeURIComponent(schoolId)}`;

  async function chooseFile(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) setCsv(await file.text());
  }

  async function submit(event: Event) {
    event.preventDefault();
    setImported(null);
    setRows([]);
    setFormError(undefined);
    if (csv.trim() === '') {
      setFieldError('Paste the roster CSV or choose a file');
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      setImported(await api.importRoster(schoolId, csv));
      setCsv('');
    } catch (error) {
      const failure = asApiError(error);
      setRows(failure.rows);
      setFormError(failure.rows.length > 0 ? undefined : failure.body.message);
    } finally {
      setBusy(false);
    }
  }

  const problems: Problem[] = [];
  if (fieldError) problems.push({ text: fieldError, href: '#roster-csv' });
  if (formError) problems.push({ text: formError, href: '#roster-csv' });
  for (const row of rows) problems.push({ text: `Line ${row.line}: ${row.message}`, href: `#roster-line-${row.line}` });

  return (
    <>
      <BackLink href={`${base}/pupils`}>Back to pupils</BackLink>
      <ErrorSummary problems={problems} title={rows.length > 0 ? 'The roster was not imported' : 'There is a problem'} />
      {imported !== null && (
        <SuccessBanner title="Roster imported">
          <p class="govuk-body">
            {imported.added} added, {imported.updated} updated, {imported.unchanged} unchanged, {imported.removed} removed.{' '}
            <a class="govuk-notification-banner__link" href={`${base}/pupils`}>See the pupils</a>
          </p>
        </SuccessBanner>
      )}
      <Page title="Import a roster">
        <p class="govuk-body">The file needs a header row with a pupil id (pupil_id, UPN or Adno), first name, last name and year group. Exports from SIMS, Arbor and Bromcom are accepted.</p>
        <p class="govuk-body">The file replaces the school’s roster. Nothing is imported if any row has a problem.</p>
        <form noValidate onSubmit={submit}>
          <div class="govuk-form-group">
            <label class="govuk-label" for="roster-file">Choose a CSV file</label>
            <input class="govuk-file-upload" id="roster-file" name="roster-file" type="file" accept=".csv,text/csv" onChange={chooseFile} />
          </div>
          <TextArea id="roster-csv" name="roster" label="Or paste the roster CSV" value={csv} onInput={setCsv}
            error={fieldError ?? formError ?? (rows.length > 0 ? 'Fix the rows listed below and import again' : undefined)} rows={10} />
          <Button disabled={busy}>Import roster</Button>
        </form>
        {rows.length > 0 && (
          <Table caption="Rows to fix" head={['Line', 'Problem']}
            rowIds={rows.map((row) => `roster-line-${row.line}`)}
            rows={rows.map((row) => [String(row.line), row.message])} />
        )}
      </Page>
    </>
  );
}

