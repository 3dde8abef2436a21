// Cases (concerns reported about online conduct or content) and the comments queue of the
// school's official accounts. Shapes follow src/api/handlers/cases.cpp and comments.cpp.
import { listOf, send } from './client';
import { pathOf, routes } from './routes';

export interface FormField {
  name: string;
  required: boolean;
  choices: string[];
  datetime: boolean;
}

export interface CaseForm {
  concern_type: string;
  fields: FormField[];
}

export interface CaseSummary {
  id: string;
  concern_type: string;
  state: string;
  urgent: boolean;
  owner_role?: string;
  owner_person_id?: string;
  procedure?: string;
  summary?: string;
  reporter?: string;
  fields?: Record<string, string>;
  source_comment_id?: string;
  created_at?: number;
  updated_at?: number;
  outcome?: string;
  outcome_note?: string;
  referrals?: { body: string; reference: string; referred_at?: number }[];
  referral_required?: boolean;
}

export interface CaseDetail extends CaseSummary {
  notes: { id: string; author_person_id: string; text: string; created_at: number }[];
  members: { person_id: string; added_at?: number }[];
  evidence: { id: string; filename?: string; reference?: string; content_type?: string; size_bytes?: number; sha256?: string; added_at?: number }[];
  can_handle?: boolean;
}

export interface NewCase {
  concern_type: string;
  summary: string;
  urgent: boolean;
  fields: Record<string, string>;
}

export interface Transition {
  to: string;
  outcome?: string;
  note?: string;
  referral?: { body: string; reference: string };
}

// One screening finding on a comment: the words (byte span and text) and their category.
export interface CommentFlag {
  span?: [number, number];
  category?: string;
  severity?: string;
  rule_id?: string;
  text?: string;
}

export interface QueueComment {
  id: string;
  account_id: string;
  platform?: string;
  author_handle?: string;
  author_name?: string;
  text: string;
  link?: string;
  received_at?: string | number;
  categories: string[];
  action?: string;
  route?: string;
  flagged_because?: CommentFlag[];
  due_at?: string | number;
  warn_at?: string | number;
  state: string;
  visibility?: string;
  urgent?: boolean;
  case_id?: string;
  first_response_at?: string | number | null;
  overdue?: boolean;
  due_soon?: boolean;
}

const sid = (schoolId: string) => ({ school_id: schoolId });
const cid = (schoolId: string, caseId: string) => ({ school_id: schoolId, case_id: caseId });

export const casesApi = {
  async forms(schoolId: string): Promise<CaseForm[]> {
    return listOf<CaseForm>(await send<unknown>(routes.caseForms, sid(schoolId)), 'forms');
  },
  async list(schoolId: string, query: { assigned?: string; state?: string; open?: string } = {}): Promise<CaseSummary[]> {
    return listOf<CaseSummary>(await send<unknown>(routes.cases, sid(schoolId), { query }), 'cases');
  },
  async open(schoolId: string, report: NewCase): Promise<string> {
    const data = await send<Record<string, unknown>>(routes.openCase, sid(schoolId), { json: report });
    return String(data.id ?? data.case_id ?? (data.case as Record<string, unknown> | undefined)?.id ?? '');
  },
  async get(schoolId: string, caseId: string): Promise<CaseDetail> {
    const data = await send<CaseDetail>(routes.case, cid(schoolId, caseId));
    return { ...data, notes: data.notes ?? [], members: data.members ?? [], evidence: data.evidence ?? [] };
  },
  transition(schoolId: string, caseId: string, step: Transition): Promise<unknown> {
    return send(routes.caseTransition, cid(schoolId, caseId), { json: step });
  },
  addNote(schoolId: string, caseId: string, text: string): Promise<unknown> {
    return send(routes.caseNotes, cid(schoolId, caseId), { json: { text } });
  },
  addEvidenceLink(schoolId: string, caseId: string, reference: string): Promise<unknown> {
    return send(routes.caseEvidence, cid(schoolId, caseId), { json: { reference } });
  },
};

export interface MonthResponseTimes {
  month: string;  // "2026-11"
  received: number;
  answered: number;
  answered_in_time: number;
  overdue_unanswered: number;
  median_seconds: number;
  p95_seconds: number;
  share_in_time: number;  // 0..1
}

export const commentsApi = {
  // Comments exported from a platform, for one account, all or nothing.
  async importCsv(schoolId: string, accountId: string, csv: string): Promise<{ imported: number; duplicates: number }> {
    const data = await send<{ imported?: number; duplicates?: number }>(routes.importComments, sid(schoolId),
      { query: { account_id: accountId }, body: csv, contentType: 'text/csv' });
    return { imported: Number(data.imported ?? 0), duplicates: Number(data.duplicates ?? 0) };
  },
  async responseTimes(schoolId: string, accountId?: string): Promise<MonthResponseTimes[]> {
    return listOf<MonthResponseTimes>(await send<unknown>(routes.commentResponseTimes, sid(schoolId), { query: { account_id: accountId } }), 'months');
  },
  // The address of the inappropriate comments log as CSV (a download, with the session cookie).
  logCsvHref(schoolId: string): string {
    return pathOf(routes.commentLog, sid(schoolId), { format: 'csv' });
  },
  async queue(schoolId: string, query: { account_id?: string; state?: string; due?: string } = {}): Promise<{ comments: QueueComment[]; total: number }> {
    const data = await send<Record<string, unknown>>(routes.comments, sid(schoolId), { query });
    const comments = listOf<QueueComment>(data, 'comments').map((comment) => ({ ...comment, categories: comment.categories ?? [] }));
    return { comments, total: Number(data.total ?? comments.length) };
  },
  act(schoolId: string, commentId: string, action: { action: string; reason: string; text?: string }): Promise<unknown> {
    return send(routes.commentAction, { school_id: schoolId, comment_id: commentId }, { json: action });
  },
  async makeCase(schoolId: string, commentId: string): Promise<string> {
    const data = await send<Record<string, unknown>>(routes.commentCase, { school_id: schoolId, comment_id: commentId }, { json: {} });
    return String(data.case_id ?? data.id ?? '');
  },
};

export const requesterKinds = ['pupil', 'parent', 'staff', 'governor', 'community_adult', 'external_organisation', 'unknown'];

export interface FollowerRequest {
  id: string;
  account_id: string;
  requester_handle: string;
  requester_kind: string;
  security_checked?: boolean;
  note?: string;
  approver_role?: string;
  decision: string;  // pending | accepted | declined
  decision_reason?: string;
  created_at?: number;
}

export const followersApi = {
  async list(schoolId: string): Promise<FollowerRequest[]> {
    return listOf<FollowerRequest>(await send<unknown>(routes.followerRequests, sid(schoolId)), 'follower_requests');
  },
  log(schoolId: string, request: { account_id: string; requester_handle: string; requester_kind: string; security_checked: boolean; note?: string }): Promise<unknown> {
    return send(routes.logFollowerRequest, sid(schoolId), { json: request });
  },
  decide(schoolId: string, requestId: string, decision: string, reason: string): Promise<unknown> {
    return send(routes.decideFollowerRequest, { school_id: schoolId, request_id: requestId }, { json: { decision, reason } });
  },
};
