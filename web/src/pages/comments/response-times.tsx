// How quickly comments are answered, per month: median and 95th percentile time to the first
// response and the share answered in time, as a chart and a table; and the inappropriate
// comments log as a CSV download for the communications officer.
import { commentsApi } from '../../api/cases';
import { BarChart } from '../../components/bar-chart';
import { BackLink, Table } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { useApi } from '../../components/use-api';

// "3 h 20 min" for seconds; "–" for none.
export function durationName(seconds: number): string {
  if (!(seconds > 0)) return '–';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  return `${Math.round(hours / 24)} days`;
}

function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number);
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return names[number - 1] ? `${names[number - 1]} ${year}` : month;
}

export function ResponseTimesPage({ schoolId }: { schoolId: string }) {
  const months = useApi(() => commentsApi.responseTimes(schoolId), [schoolId]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  return (
    <>
      <BackLink href={`${base}/comments`}>Back to comments</BackLink>
      <Page title="Response times">
        <p class="govuk-body">
          <a class="govuk-link" href={commentsApi.logCsvHref(schoolId)} download="inappropriate-comments.csv">Download the inappropriate comments log (CSV)</a>
        </p>
        {months.loading && <Loading />}
        {months.error && <LoadFailure error={months.error} />}
        {months.data && months.data.length === 0 && <p class="govuk-body" role="status">No comments have been received yet.</p>}
        {months.data && months.data.length > 0 && (
          <>
            <BarChart id="share-in-time" title="Comments answered in time, by month" unit="%" max={100}
              summary={months.data.map((m) => `${monthName(m.month)}: ${Math.round(m.share_in_time * 100)}%`).join(', ')}
              series={[{ name: 'Answered in time', className: 'steward-bar--blue' }]}
              rows={months.data.map((m) => ({ label: monthName(m.month).replace(/ \d{4}$/, ''), values: [Math.round(m.share_in_time * 100)] }))} />
            <Table caption="Response times by month" head={['Month', 'Received', 'Answered', 'In time', 'Median', '95th percentile', 'Overdue, unanswered']}
              rows={months.data.map((m) => [monthName(m.month), String(m.received), String(m.answered), `${Math.round(m.share_in_time * 100)}%`,
                durationName(m.median_seconds), durationName(m.p95_seconds), String(m.overdue_unanswered)])} />
          </>
        )}
      </Page>
    </>
  );
}
