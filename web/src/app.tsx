// App: finds out who is signed in (GET /api/me), shows the sign-in page to anyone who is not, and
// routes signed-in users to the page for the address. Signing out ends the session on the server.
import { useEffect, useState } from 'preact/hooks';
import { api } from './api/client';
import type { Session } from './api/types';
import { Header, SkipLink, type NavItem } from './components/header';
import { Loading, Page } from './components/page';
import { useApi } from './components/use-api';
import { SignInPage } from './pages/access/sign-in';
import { AuditPage } from './pages/audit/audit';
import { AddDoNotPublishPage, DoNotPublishPage } from './pages/consent/do-not-publish';
import { PupilConsentPage } from './pages/consent/pupil-consent';
import { RecordDecisionPage } from './pages/consent/record-decision';
import { RecordWithdrawalPage } from './pages/consent/record-withdrawal';
import { ConsentRegisterPage } from './pages/consent/register';
import { ConsentImportPage } from './pages/consent/consent-import';
import { HomePage } from './pages/home/home';
import { BlockTasksPage } from './pages/cases/block-tasks';
import { CasePage } from './pages/cases/case';
import { CasesPage, ReportCasePage } from './pages/cases/cases';
import { CommentsPage } from './pages/comments/comments';
import { CommentsImportPage } from './pages/comments/comments-import';
import { FollowersPage } from './pages/comments/followers';
import { ResponseTimesPage } from './pages/comments/response-times';
import { AccountsPage } from './pages/posts/accounts';
import { PostPage } from './pages/posts/post';
import { DraftPostPage, PostsPage } from './pages/posts/posts';
import { TakedownsPage } from './pages/posts/takedowns';
import { PupilsPage } from './pages/pupils/pupils';
import { RosterImportPage } from './pages/pupils/roster-import';
import { schoolsApi } from './api/schools';
import { ChangeContactsPage, ContactsPage } from './pages/schools/contacts';
import { NotificationsPage } from './pages/schools/notifications';
import { SchoolPage } from './pages/schools/school';
import { StaffSubjectAccessPage, SubjectAccessPage, SubjectAccessSearchPage } from './pages/subject-access/subject-access';
import { matchPath, navigate, usePath } from './router';

type Who = { state: 'checking' } | { state: 'signed-out' } | { state: 'signed-in'; session: Session };

export function App() {
  const path = usePath();
  const [who, setWho] = useState<Who>({ state: 'checking' });

  useEffect(() => {
    api.me().then(
      (session) => setWho({ state: 'signed-in', session }),
      () => setWho({ state: 'signed-out' }),
    );
  }, []);

  async function signOut() {
    try {
      await api.signOut();
    } finally {
      setWho({ state: 'signed-out' });
      navigate('/sign-in');
    }
  }

  function signedIn(session: Session) {
    setWho({ state: 'signed-in', session });
    navigate('/');
  }

  const session = who.state === 'signed-in' ? who.session : undefined;
  const schoolIds = session ? schoolsOf(session) : [];
  const single = schoolIds.length === 1 ? schoolIds[0] : undefined;
  // The delivery list is offered to those the API lets read it (asked once per sign-in).
  const mail = useApi(() => (single ? schoolsApi.mayReadNotifications(single) : Promise.resolve(false)), [single, session?.user.id]);
  return (
    <>
      <SkipLink />
      <Header navigation={session ? navigation(path, session, mail.data === true) : []}
        signedInAs={session?.user.display_name} onSignOut={session ? signOut : undefined} />
      <div class="govuk-width-container">
        <main class="govuk-main-wrapper" id="main-content">
          {who.state === 'checking' && <Loading />}
          {who.state === 'signed-out' && <SignInPage onSignedIn={signedIn} />}
          {session && <Routes path={path} session={session} />}
        </main>
      </div>
      <footer class="govuk-footer">
        <div class="govuk-width-container">
          <p class="govuk-body-s govuk-!-margin-bottom-0">Steward – school social media governance</p>
        </div>
      </footer>
    </>
  );
}

const schoolsOf = (session: Session) => [...new Set(session.roles.map((grant) => grant.school_id).filter(Boolean))];

function navigation(path: string, session: Session, mail: boolean): NavItem[] {
  const items: NavItem[] = [{ href: '/', text: 'My tasks', current: path === '/' }];
  const schoolIds = schoolsOf(session);
  if (schoolIds.length === 1) {
    const base = `/schools/${encodeURIComponent(schoolIds[0])}`;
    items.push({ href: `${base}/pupils`, text: 'Pupils', current: path.startsWith(`${base}/pupils`) });
    items.push({ href: `${base}/posts`, text: 'Posts', current: path.startsWith(`${base}/posts`) || path === `${base}/takedowns` });
    items.push({ href: `${base}/consent`, text: 'Consent', current: path.startsWith(`${base}/consent`) });
    items.push({ href: `${base}/comments`, text: 'Comments', current: path.startsWith(`${base}/comments`) });
    items.push({ href: `${base}/cases`, text: 'Cases', current: path.startsWith(`${base}/cases`) || path === `${base}/block-tasks` });
    items.push({ href: `${base}/audit`, text: 'Audit trail', current: path === `${base}/audit` });
    if (mail) items.push({ href: `${base}/notifications`, text: 'Mail', current: path === `${base}/notifications` });
  }
  return items;
}

const ids = (params: Record<string, string>) => ({ schoolId: params.schoolId, pupilId: params.pupilId });

function Routes({ path, session }: { path: string; session: Session }) {
  let params: Record<string, string> | null;
  if (path === '/' || path === '/sign-in') return <HomePage session={session} />;
  if ((params = matchPath('/schools/:schoolId', path))) return <SchoolPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/pupils', path))) return <PupilsPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/pupils/import', path))) return <RosterImportPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/audit', path))) return <AuditPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/contacts', path))) return <ContactsPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/contacts/change', path))) return <ChangeContactsPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/notifications', path))) return <NotificationsPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/subject-access', path))) return <SubjectAccessSearchPage schoolId={params.schoolId} session={session} />;
  if ((params = matchPath('/schools/:schoolId/subject-access/staff/:personId/export', path))) return <StaffSubjectAccessPage key={params.personId} schoolId={params.schoolId} personId={params.personId} />;
  if ((params = matchPath('/schools/:schoolId/subject-access/:pupilId', path))) return <SubjectAccessPage key={params.pupilId} schoolId={params.schoolId} pupilId={params.pupilId} />;
  if ((params = matchPath('/schools/:schoolId/posts', path))) return <PostsPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/posts/new', path))) return <DraftPostPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/posts/:postId', path))) return <PostPage key={params.postId} schoolId={params.schoolId} postId={params.postId} />;
  if ((params = matchPath('/schools/:schoolId/takedowns', path))) return <TakedownsPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/accounts', path))) return <AccountsPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/comments', path))) return <CommentsPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/followers', path))) return <FollowersPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/comments/import', path))) return <CommentsImportPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/comments/response-times', path))) return <ResponseTimesPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/cases', path))) return <CasesPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/cases/new', path))) return <ReportCasePage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/block-tasks', path))) return <BlockTasksPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/cases/:caseId', path))) return <CasePage key={params.caseId} schoolId={params.schoolId} caseId={params.caseId} />;
  if ((params = matchPath('/schools/:schoolId/consent', path))) return <ConsentRegisterPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/consent/import', path))) return <ConsentImportPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/consent/do-not-publish', path))) return <DoNotPublishPage schoolId={params.schoolId} />;
  if ((params = matchPath('/schools/:schoolId/pupils/:pupilId/consent', path))) return <PupilConsentPage key={params.pupilId} {...ids(params)} />;
  if ((params = matchPath('/schools/:schoolId/pupils/:pupilId/consent/new/:step', path))) return <RecordDecisionPage key={params.step} {...ids(params)} step={params.step} />;
  if ((params = matchPath('/schools/:schoolId/pupils/:pupilId/consent/:recordId/withdraw', path))) return <RecordWithdrawalPage {...ids(params)} recordId={params.recordId} />;
  if ((params = matchPath('/schools/:schoolId/pupils/:pupilId/do-not-publish', path))) return <AddDoNotPublishPage {...ids(params)} />;
  return (
    <Page title="Page not found">
      <p class="govuk-body">If you typed the web address, check it is correct.</p>
      <p class="govuk-body"><a class="govuk-link" href="/">Go to my tasks</a></p>
    </Page>
  );
}
