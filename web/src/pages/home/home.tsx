// Home: "my tasks" for the signed-in user, per school they hold a role in: posts waiting for
// their approval, open takedown tasks, pupils with no consent decision this year (counts, each
// linked), comments overdue and escalated to them or due soon (MON-04), block tasks, then two
// small charts (consent coverage per year group; checks passed and failed this term). A list the
// user's role may not read is left out, not shown as an error.
import { blockTasksApi, commentsApi, type CommentAlert } from '../../api/cases';
import { api } from '../../api/client';
import { consentApi, type Coverage } from '../../api/consent';
import { postsApi, type PostStats } from '../../api/posts';
import type { School, Session } from '../../api/types';
import { BarChart } from '../../components/bar-chart';
import { Tag, TaskList, type Task } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { useApi } from '../../components/use-api';
import { alertCounts } from '../../lib/case-steps';
import { percent } from '../../lib/chart';
import { CommentAlerts } from '../comments/comment-alerts';
import { humanise, roleName, yearGroupName } from '../labels';

export function HomePage({ session }: { session: Session }) {
  const schools = useApi(() => api.schools(), [session.user.id]);
  return (
    <Page title="My tasks" caption={`Signed in as ${session.user.display_name}`}>
      {schools.loading && <Loading />}
      {schools.error && <LoadFailure error={schools.error} />}
      {schools.data && schools.data.length === 0 && (
        <p class="govuk-body">You have no school roles yet. Ask your school’s administrator to give you one.</p>
      )}
      {schools.data?.map((school) => <SchoolTasks key={school.id} school={school} session={session} />)}
    </Page>
  );
}

// Resolves to undefined when the user may not read it (or the server has no such list).
const optional = <T,>(read: Promise<T>): Promise<T | undefined> => read.catch(() => undefined);

interface Counts {
  awaiting?: number;
  takedowns?: number;
  missing?: number;
  coverage?: Coverage;
  stats?: PostStats;
  alerts?: CommentAlert[];
  blockTasks?: number;
}

async function loadCounts(schoolId: string): Promise<Counts> {
  const [awaiting, takedowns, missing, coverage, stats, alerts, blockTasks] = await Promise.all([
    optional(postsApi.list(schoolId, { awaiting: 'me' })),
    optional(postsApi.takedowns(schoolId, true)),
    optional(consentApi.missing(schoolId)),
    optional(consentApi.coverage(schoolId)),
    optional(postsApi.stats(schoolId)),
    optional(commentsApi.alerts(schoolId)),
    optional(blockTasksApi.list(schoolId)),
  ]);
  return {
    awaiting: awaiting?.length,
    takedowns: takedowns?.filter((task) => task.state !== 'done').length,
    missing: missing?.year_groups.reduce((sum, group) => sum + group.pupils.length, 0),
    coverage,
    stats,
    alerts,
    // Only the blocklist manager has block tasks; anyone else's list is empty and not shown.
    blockTasks: blockTasks && blockTasks.length > 0 ? blockTasks.filter((task) => task.state !== 'done').length : undefined,
  };
}

function countTag(count: number | undefined, none = 'None') {
  if (count === undefined) return <Tag colour="grey">Not available</Tag>;
  return count === 0 ? <Tag colour="green">{none}</Tag> : <Tag colour="red">{String(count)}</Tag>;
}

function SchoolTasks({ school, session }: { school: School; session: Session }) {
  const roles = session.roles.filter((grant) => grant.school_id === school.id).map((grant) => roleName(grant.role));
  const counts = useApi(() => loadCounts(school.id), [school.id]);
  const base = `/schools/${encodeURIComponent(school.id)}`;
  const data = counts.data ?? {};
  const tasks: Task[] = [];
  if (data.awaiting !== undefined) {
    tasks.push({ id: `${school.id}-approvals`, title: 'Posts waiting for your approval', href: `${base}/posts`, status: countTag(data.awaiting) });
  }
  if (data.takedowns !== undefined) {
    tasks.push({ id: `${school.id}-takedowns`, title: 'Takedown tasks', href: `${base}/takedowns`, hint: 'Published posts to remove after consent was withdrawn', status: countTag(data.takedowns) });
  }
  if (data.alerts !== undefined) {
    const { escalated, dueSoon } = alertCounts(data.alerts);
    tasks.push({ id: `${school.id}-escalated`, title: 'Comments overdue and escalated to you', href: `${base}/comments`, status: countTag(escalated) });
    tasks.push({ id: `${school.id}-due-soon`, title: 'Comments you answer that are due soon', href: `${base}/comments`, status: countTag(dueSoon) });
  }
  if (data.blockTasks !== undefined) {
    tasks.push({ id: `${school.id}-block-tasks`, title: 'Block tasks', href: `${base}/block-tasks`, hint: 'Addresses reached on school equipment, to add to the filter', status: countTag(data.blockTasks) });
  }
  if (data.missing !== undefined) {
    tasks.push({ id: `${school.id}-consent`, title: 'Consent decisions missing this year', href: `${base}/consent`, status: countTag(data.missing) });
  }
  tasks.push(
    { id: `${school.id}-posts`, title: 'Posts', href: `${base}/posts`, hint: 'Draft, check and publish', status: <Tag colour="grey">View</Tag> },
    { id: `${school.id}-pupils`, title: 'Pupils and roster', href: `${base}/pupils`, hint: 'Search pupils or import a roster', status: <Tag colour="grey">View</Tag> },
    { id: `${school.id}-school`, title: 'School details', href: base, status: <Tag colour="grey">View</Tag> },
    { id: `${school.id}-audit`, title: 'Audit trail', href: `${base}/audit`, status: <Tag colour="grey">View</Tag> },
  );
  return (
    <section class="govuk-!-margin-bottom-8" aria-labelledby={`school-${school.id}`} data-tasks-loaded={counts.loading ? undefined : 'true'}>
      <h2 class="govuk-heading-m" id={`school-${school.id}`}>{school.name}</h2>
      {roles.length > 0 && <p class="govuk-body">Your role: {roles.join(', ')}</p>}
      {counts.loading && <Loading />}
      {data.alerts && <CommentAlerts alerts={data.alerts} hrefOf={() => `${base}/comments`} limit={5} />}
      <TaskList tasks={tasks} />
      <Charts schoolId={school.id} coverage={data.coverage} stats={data.stats} />
    </section>
  );
}

function Charts({ schoolId, coverage, stats }: { schoolId: string; coverage?: Coverage; stats?: PostStats }) {
  const rows = coverage?.year_groups.filter((row) => row.pupils > 0) ?? [];
  return (
    <div class="govuk-grid-row">
      {rows.length > 0 && (
        <div class="govuk-grid-column-one-half">
          <BarChart id={`coverage-${schoolId}`} title={`Consent coverage, ${coverage!.academic_year}`} unit="%" max={100}
            summary={`Share of pupils with a consent decision: ${rows.map((row) => `${yearGroupName(row.year_group)} ${percent(row.with_decision, row.pupils)}%`).join(', ')}.`}
            series={[{ name: 'With a decision', className: 'steward-bar--blue' }]}
            rows={rows.map((row) => ({ label: yearGroupName(row.year_group), values: [percent(row.with_decision, row.pupils)] }))} />
        </div>
      )}
      {stats && (
        <div class="govuk-grid-column-one-half">
          <BarChart id={`checks-${schoolId}`} title={`Post checks this term${stats.term ? ` (${humanise(stats.term)})` : ''}`}
            summary={`${stats.passed} passed and ${stats.failed} did not pass${stats.block !== undefined ? ` (${stats.needs_changes ?? 0} needed changes, ${stats.block} blocked)` : ''}.`}
            series={[{ name: 'Checks', className: 'steward-bar--blue' }]} integers
            rows={stats.block !== undefined
              ? [{ label: 'Passed', values: [stats.passed] }, { label: 'Needs changes', values: [stats.needs_changes ?? 0] }, { label: 'Blocked', values: [stats.block] }]
              : [{ label: 'Passed', values: [stats.passed] }, { label: 'Not passed', values: [stats.failed] }]} />
        </div>
      )}
    </div>
  );
}
