// Consent import: the register's exchange format (consent.csv, as a school's data collection
// sheet or MIS export gives it). All or nothing: one bad row and nothing is recorded.
import { consentApi } from '../../api/consent';
import { CsvImport } from '../../components/csv-import';
import { BackLink } from '../../components/govuk';

export function ConsentImportPage({ schoolId }: { schoolId: string }) {
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  return (
    <>
      <BackLink href={`${base}/consent`}>Back to the consent register</BackLink>
      <CsvImport id="consent" title="Import consent decisions" refusedTitle="The consent decisions were not imported"
        buttonText="Import decisions" successTitle="Consent decisions imported"
        send={async (csv) => {
          const done = await consentApi.importCsv(schoolId, csv);
          return (
            <p class="govuk-body">
              {done.records} {done.records === 1 ? 'decision' : 'decisions'} recorded for {done.pupils} {done.pupils === 1 ? 'pupil' : 'pupils'}
              {done.withdrawn > 0 ? `, ${done.withdrawn} withdrawn` : ''}.{' '}
              <a class="govuk-notification-banner__link" href={`${base}/consent`}>See the register</a>
            </p>
          );
        }}>
        <p class="govuk-body">The file needs a header row with these columns:</p>
        <p class="govuk-body"><code class="steward-monospace">pupil_id, academic_year, platform, image, video, name, given_by, recorded_on, withdrawn_on</code></p>
        <ul class="govuk-list govuk-list--bullet">
          <li>one row per pupil, academic year (for example 2026/27) and platform (facebook, instagram, x, youtube, website or tiktok)</li>
          <li>image, video and name are true or false</li>
          <li>given_by is parent or pupil; dates are written like 2026-09-04, and none may be in the future</li>
        </ul>
        <p class="govuk-body">A change to a decision already in the register is recorded on the pupil’s page as an amendment. Nothing is imported if any row has a problem.</p>
      </CsvImport>
    </>
  );
}
