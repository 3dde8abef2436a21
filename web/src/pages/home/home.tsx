// Home: "my tasks" for the signed-in user. Only what the API offers is listed: each school the
// user holds a role in, with its pupils and audit trail. Approval, takedown and consent tasks
// appear here as the API gains them; nothing is invented.
import { api } from '../../api/client';
import type { School, Session } from '../../api/types';
import { Tag, TaskList, type Task } from '../../components/govuk';
import { LoadFailure, Loading, Page } from '../../components/page';
import { useApi } from '../../components/use-api';
import { roleName } from '../labels';

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

function SchoolTasks({ school, session }: { school: School; session: Session }) {
  const roles = session.roles.filter((grant) => grant.school_id === school.id).map((grant) => roleName(grant.role));
  const base = `/schools/${encodeURIComponent(school.id)}`;
  const tasks: Task[] = [
    { id: `${school.id}-school`, title: 'School details', href: base, status: <Tag colour="grey">View</Tag> },
    { id: `${school.id}-pupils`, title: 'Pupils and roster', href: `${base}/pupils`, hint: 'Search pupils or import a roster', status: <Tag colour="grey">View</Tag> },
    { id: `${school.id}-audit`, title: 'Audit trail', href: `${base}/audit`, status: <Tag colour="grey">View</Tag> },
  ];
  return (
    <section class="govuk-!-margin-bottom-8" aria-labelledby={`school-${school.id}`}>
      <h2 class="govuk-heading-m" id={`school-${school.id}`}>{school.name}</h2>
      {roles.length > 0 && <p class="govuk-body">Your role: {roles.join(', ')}</p>}
      <TaskList tasks={tasks} />
    </section>
  );
}
