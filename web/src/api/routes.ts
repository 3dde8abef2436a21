// Every /api route the front end calls, as the server names it in /api/openapi.json (method and
// path template). The client builds each URL from here, and tests/e2e/api_contract.mjs checks
// that every route listed exists on a real server, so a renamed endpoint fails a test.
// Path parameters are ids only: never a pupil's name or anything typed about a pupil.

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route {
  method: Method;
  path: string;
}

const route = (method: Method, path: string): Route => ({ method, path });
const s = '/api/schools/{school_id}';

export const routes = {
  signIn: route('POST', '/api/session'),
  signOut: route('DELETE', '/api/session'),
  me: route('GET', '/api/me'),
  schools: route('GET', '/api/schools'),
  school: route('GET', s),
  pupils: route('GET', `${s}/pupils`),
  roster: route('POST', `${s}/roster`),
  audit: route('GET', `${s}/audit`),
  notifications: route('GET', `${s}/notifications`),
  contacts: route('GET', `${s}/contacts`),
  setContacts: route('PUT', `${s}/contacts`),
  // consent register
  consentHistory: route('GET', `${s}/consent`),
  recordConsent: route('POST', `${s}/consent`),
  withdrawConsent: route('POST', `${s}/consent/{record_id}/withdrawal`),
  consentMissing: route('GET', `${s}/consent/missing`),
  consentCoverage: route('GET', `${s}/consent/coverage`),
  doNotPublishList: route('GET', `${s}/do-not-publish`),
  setDoNotPublish: route('PUT', `${s}/do-not-publish/{pupil_id}`),
  clearDoNotPublish: route('DELETE', `${s}/do-not-publish/{pupil_id}`),
  // accounts and posts
  people: route('GET', `${s}/people`),
  accounts: route('GET', `${s}/accounts`),
  addAccount: route('POST', `${s}/accounts`),
  posts: route('GET', `${s}/posts`),
  draftPost: route('POST', `${s}/posts`),
  post: route('GET', `${s}/posts/{post_id}`),
  editPost: route('PUT', `${s}/posts/{post_id}`),
  checkPost: route('POST', `${s}/posts/{post_id}/check`),
  submitPost: route('POST', `${s}/posts/{post_id}/submit`),
  approvePost: route('POST', `${s}/posts/{post_id}/approve`),
  rejectPost: route('POST', `${s}/posts/{post_id}/reject`),
  publishPost: route('POST', `${s}/posts/{post_id}/publish`),
  takeDownPost: route('POST', `${s}/posts/{post_id}/takedown`),
  postStats: route('GET', `${s}/posts/stats`),
  takedowns: route('GET', `${s}/takedowns`),
  takedownDone: route('POST', `${s}/takedowns/{task_id}/done`),
  // photos for posts (faces, tags, findings, the publishable version)
  uploadMedia: route('POST', `${s}/media`),
  media: route('GET', `${s}/media/{media_id}`),
  tagMedia: route('PUT', `${s}/media/{media_id}/tags`),
  redactMedia: route('POST', `${s}/media/{media_id}/redact`),
  mediaPreview: route('GET', `${s}/media/{media_id}/preview`),
  // imports and subject access
  importConsent: route('POST', `${s}/consent/import`),
  importComments: route('POST', `${s}/comments/import`),
  subjectAccess: route('GET', `${s}/subject-access/pupils/{pupil_id}`),
  staffSubjectAccess: route('GET', `${s}/subject-access/staff/{person_id}`),
  // cases (concerns) and the comments queue
  caseForms: route('GET', `${s}/case-forms`),
  cases: route('GET', `${s}/cases`),
  openCase: route('POST', `${s}/cases`),
  case: route('GET', `${s}/cases/{case_id}`),
  caseTransition: route('POST', `${s}/cases/{case_id}/transition`),
  caseNotes: route('POST', `${s}/cases/{case_id}/notes`),
  caseEvidence: route('POST', `${s}/cases/{case_id}/evidence`),
  caseEvidenceFile: route('GET', `${s}/cases/{case_id}/evidence/{evidence_id}`),
  caseAssessment: route('POST', `${s}/cases/{case_id}/assessment`),
  casePoliceDecision: route('POST', `${s}/cases/{case_id}/police-decision`),
  caseMediaApproval: route('POST', `${s}/cases/{case_id}/media-approval`),
  caseMediaReply: route('POST', `${s}/cases/{case_id}/media-reply`),
  blockTasks: route('GET', `${s}/block-tasks`),
  blockTaskDone: route('POST', `${s}/block-tasks/{task_id}/done`),
  comments: route('GET', `${s}/comments`),
  commentAction: route('POST', `${s}/comments/{comment_id}/actions`),
  commentCase: route('POST', `${s}/comments/{comment_id}/case`),
  commentLog: route('GET', `${s}/comments/log`),
  commentResponseTimes: route('GET', `${s}/comments/response-times`),
  commentAlerts: route('GET', `${s}/comments/alerts`),
  followerRequests: route('GET', `${s}/follower-requests`),
  logFollowerRequest: route('POST', `${s}/follower-requests`),
  decideFollowerRequest: route('POST', `${s}/follower-requests/{request_id}/decision`),
} as const satisfies Record<string, Route>;

export type RouteName = keyof typeof routes;

// Fills the route's {placeholders} from `params` (each encoded) and appends the query's
// non-empty values. Throws on a missing parameter: that is a bug in the page, not user input.
export function pathOf(target: Route, params: Record<string, string> = {}, query: Record<string, string | undefined> = {}): string {
  const path = target.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') throw new Error(`pathOf: ${target.path} needs ${name}`);
    return encodeURIComponent(value);
  });
  // %20 for a space, never "+": the server reads "+" in a query as a plus sign.
  const text = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');
  return text ? `${path}?${text}` : path;
}
