// The school's consent register by year group: for an academic year, how many pupils have a
// decision, and who has none yet (the annual collection), each linked to the pupil's consent.
import { useState } from 'preact/hooks';
import { consentApi, type MissingGroup } from '../../api/consent';
import { Select } from '../../components/choices';
import { Table } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { useApi } from '../../components/use-api';
import { percent } from '../../lib/chart';
import { academicYearOf, todayIso } from '../../lib/validation';
import { personName, yearGroupName } from '../labels';

export function ConsentRegisterPage({ schoolId }: { schoolId: string }) {
  const current = academicYearOf(todayIso());
  const start = Number(current.slice(0, 4));
  const years = [current, `${start + 1}/${String((start + 2) % 100).padStart(2, '0')}`];
  const [year, setYear] = useState(current);
  const [group, setGroup] = useState('all');
  const missing = useApi(() => consentApi.missing(schoolId, year), [schoolId, year]);
  const coverage = useApi(() => consentApi.coverage(schoolId), [schoolId]);
  const base = `/schools/${encodeURIComponent(schoolId)}`;
  const groups = missing.data?.year_groups ?? [];
  const shown = group === 'all' ? groups : groups.filter((candidate) => candidate.year_group === group);

  return (
    <Page title="Consent register">
      <ul class="govuk-list">
        <li><a class="govuk-link" href={`${base}/consent/do-not-publish`}>Do-not-publish list</a></li>
        <li><a class="govuk-link" href={`${base}/consent/import`}>Import consent decisions from a CSV file</a></li>
      </ul>
      <h2 class="govuk-heading-m">Coverage this year</h2>
      {coverage.loading && <Loading />}
      {coverage.error && <LoadFailure error={coverage.error} />}
      {coverage.data && (
        <Table caption={`Pupils with a consent decision, ${coverage.data.academic_year}`} captionVisible={false}
          head={['Year group', 'Pupils', 'With a decision', 'Photos allowed']}
          rows={coverage.data.year_groups.map((row) => [
            yearGroupName(row.year_group), String(row.pupils),
            `${row.with_decision} (${percent(row.with_decision, row.pupils)}%)`,
            `${row.image_allowed} (${percent(row.image_allowed, row.pupils)}%)`,
          ])} />
      )}
      <h2 class="govuk-heading-m">Pupils with no decision</h2>
      <div class="steward-filters">
        <Select id="academic-year" label="Academic year" value={year} onChange={setYear} options={years.map((y) => ({ value: y, text: y }))} />
        <Select id="year-group" label="Year group" value={group} onChange={setGroup}
          options={[{ value: 'all', text: 'All year groups' }, ...groups.map((g) => ({ value: g.year_group, text: yearGroupName(g.year_group) }))]} />
      </div>
      {missing.loading && <Loading />}
      {missing.error && <LoadFailure error={missing.error} />}
      {missing.data && <MissingList groups={shown} base={base} year={year} />}
    </Page>
  );
}

function MissingList({ groups, base, year }: { groups: MissingGroup[]; base: string; year: string }) {
  const total = groups.reduce((sum, group) => sum + group.pupils.length, 0);
  if (total === 0) return <p class="govuk-body" role="status">Every pupil has a decision for {year}.</p>;
  return (
    <>
      <p class="govuk-body" role="status">{total} {total === 1 ? 'pupil has' : 'pupils have'} no decision for {year}.</p>
      {groups.filter((group) => group.pupils.length > 0).map((group) => (
        <Table key={group.year_group} caption={`${yearGroupName(group.year_group)}: ${group.pupils.length} with no decision`}
          head={['Name', 'Pupil id']}
          rows={group.pupils.map((pupil) => [
            <a class="govuk-link" href={`${base}/pupils/${encodeURIComponent(pupil.id)}/consent`}>{personName(pupil, pupil.id)}</a>,
            pupil.id,
          ])} />
      ))}
    </>
  );
}
