// Roster import: paste or choose a CSV file and send it, through the shared CSV import form. The
// import is all or nothing: when the server refuses it, every bad row is listed in the error
// summary, linked to that row in a table below, and the CSV stays in the box to be fixed.
import { api } from '../../api/client';
import { CsvImport } from '../../components/csv-import';
import { BackLink } from '../../components/govuk';

export function RosterImportPage({ schoolId }: { schoolId: string }) {
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  return (
    <>
      <BackLink href={`${base}/pupils`}>Back to pupils</BackLink>
      <CsvImport id="roster" title="Import a roster" refusedTitle="The roster was not imported" buttonText="Import roster"
        successTitle="Roster imported" pasteLabel="Or paste the roster CSV" emptyMessage="Paste the roster CSV or choose a file"
        send={async (csv) => {
          const imported = await api.importRoster(schoolId, csv);
          return (
            <p class="govuk-body">
              {imported.added} added, {imported.updated} updated, {imported.unchanged} unchanged, {imported.removed} removed.{' '}
              <a class="govuk-notification-banner__link" href={`${base}/pupils`}>See the pupils</a>
            </p>
          );
        }}>
        <p class="govuk-body">The file needs a header row with a pupil id (pupil_id, UPN or Adno), first name, last name and year group. Exports from SIMS, Arbor and Bromcom are accepted.</p>
        <p class="govuk-body">The file replaces the school’s roster. Nothing is imported if any row has a problem.</p>
      </CsvImport>
    </>
  );
}
