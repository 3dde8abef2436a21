// Cases (concerns reported about online conduct or content) and the comments queue of the
// school's official accounts. Shapes follow src/api/handlers/cases.cpp and comments.cpp.
import { listOf, send } from './client';
import type { StepFlags } from '../lib/case-steps';
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
  first_seen_at?: number | null;
  late_report?: boolean;
  pupil_ids?: string[];
  subject_person_id?: string;
}

// A decision recorded on a case: the initial assessment (INC-09), the DSL's police decision for a
// pupil's inadvertent conduct (INC-07), a media enquiry's written approval and its reply (INC-11).
export interface CaseDecision {
  id: string;
  kind: string;  // initial_assessment | police_decision | media_approval | media_reply
  decision?: string;  // police_decision: involve_police | no_police
  text: string;
  staff_involved: string[];
  agencies: string[];
  recorded_by?: string;
  recorded_at?: number;
}

// A block task (INC-16): content reached on school equipment, for the blocklist manager.
export interface BlockTask {
  id: string;
  case_id: string;
  assignee_role?: string;
  url: string;
  platform?: string;
  device_or_location?: string;
  state: string;  // open | done
  created_at?: number;
  done_by?: string;
  done_at?: number | null;
  note?: string;
}

export interface CaseEvidence {
  id: string;
  filename?: string;
  reference?: string;
  content_type?: string;
  size_bytes?: number;
  sha256?: string;
  added_at?: number;
}

// can_handle and the can_* flags: which recorded steps the signed-in user may take.
export interface CaseDetail extends CaseSummary, StepFlags {
  notes: { id: string; author_person_id: string; text: string; created_at: number }[];
  members: { person_id: string; added_at?: number }[];
  evidence: CaseEvidence[];
  decisions: CaseDecision[];
  block_tasks: BlockTask[];
}

export interface Assessment {
  text: string;
  staff_involved: string[];
  agencies: string[];
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
  warned_at?: string | null;
  escalated_at?: string | null;
  escalated_to?: string | null;
}

// MON-04: a warning to the signed-in person before a comment falls due (due_soon), or a comment
// escalated to a role they hold once overdue (escalated); with the comment itself.
export interface CommentAlert {
  id: string;
  kind: string;  // due_soon | escalated
  comment_id: string;
  person_id?: string | null;
  role?: string | null;
  due_at?: string;
  created_at?: string;
  comment?: QueueComment;
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
    return { ...data, notes: data.notes ?? [], members: data.members ?? [], evidence: data.evidence ?? [], decisions: data.decisions ?? [], block_tasks: data.block_tasks ?? [] };
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
  // The file's bytes as the body; its name is not sent (it may name a pupil), only its extension.
  addEvidenceFile(schoolId: string, caseId: string, file: Blob, filename: string): Promise<unknown> {
    return send(routes.caseEvidence, cid(schoolId, caseId), { query: { filename }, body: file, contentType: file.type || 'application/octet-stream' });
  },
  // The download address of an evidence item (a plain link: the session cookie goes with it).
  evidenceHref(schoolId: string, caseId: string, evidenceId: string): string {
    return pathOf(routes.caseEvidenceFile, { school_id: schoolId, case_id: caseId, evidence_id: evidenceId });
  },
  // A referral recorded without moving the case on (police contact, CEOP, LADO).
  recordReferral(schoolId: string, caseId: string, state: string, referral: { body: string; reference: string }): Promise<unknown> {
    return send(routes.caseTransition, cid(schoolId, caseId), { json: { to: state, referral } });
  },
  assess(schoolId: string, caseId: string, assessment: Assessment): Promise<CaseDecision> {
    return send(routes.caseAssessment, cid(schoolId, caseId), { json: assessment });
  },
  decidePolice(schoolId: string, caseId: string, involvePolice: boolean, reason: string): Promise<CaseDecision> {
    return send(routes.casePoliceDecision, cid(schoolId, caseId), { json: { involve_police: involvePolice, reason } });
  },
  approveMediaReply(schoolId: string, caseId: string, text: string): Promise<CaseDecision> {
    return send(routes.caseMediaApproval, cid(schoolId, caseId), { json: { text } });
  },
  replyToMedia(schoolId: string, caseId: string, text: string): Promise<CaseDecision> {
    return send(routes.caseMediaReply, cid(schoolId, caseId), { json: { text } });
  },
};

export const blockTasksApi = {
  // The signed-in person's block tasks (empty for anyone who is not the blocklist manager).
  async list(schoolId: string): Promise<BlockTask[]> {
    return listOf<BlockTask>(await send<unknown>(routes.blockTasks, sid(schoolId)), 'block_tasks');
  },
  done(schoolId: string, taskId: string, note: string): Promise<BlockTask> {
    return send(routes.blockTaskDone, { school_id: schoolId, task_id: taskId }, { json: note ? { note } : {} });
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
  // The signed-in person's MON-04 alerts, newest first, for comments still awaiting a response.
  async alerts(schoolId: string): Promise<CommentAlert[]> {
    return listOf<CommentAlert>(await send<unknown>(routes.commentAlerts, sid(schoolId)), 'alerts');
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
