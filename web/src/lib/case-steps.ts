// Which of a case's recorded steps the case page offers next, read from what the API sent (the
// state, the report's answers and the decisions already stored); the server still decides who
// may record each one and refuses anything out of turn. Also the MON-04 alert counts and the
// name an evidence file is sent under. Pure, unit-tested.

export interface DecisionLike {
  kind: string;
  decision?: string;
}

export interface CaseLike {
  state: string;
  concern_type: string;
  fields?: Record<string, string>;
  decisions: DecisionLike[];
}

export const kAgencies = ['police', 'ceop', 'local_authority_designated_officer', 'other_external_agencies'] as const;

export function findDecision<T extends DecisionLike>(decisions: T[], kind: string): T | undefined {
  return decisions.find((decision) => decision.kind === kind);
}

// The initial assessment (INC-09) is recorded once, before the investigation opens.
export function assessmentDue(item: CaseLike): boolean {
  return (item.state === 'reported' || item.state === 'triaged') && !findDecision(item.decisions, 'initial_assessment');
}

// Moving to "investigating" waits for the initial assessment.
export function waitsForAssessment(item: CaseLike): boolean {
  return item.state === 'triaged' && !findDecision(item.decisions, 'initial_assessment');
}

// The report says the pupil's conduct was inadvertent: the DSL decides on the police (INC-07).
export function isInadvertentPupilConduct(item: CaseLike): boolean {
  return item.fields?.pupil_conduct_inadvertent === 'yes';
}

export function policeDecisionDue(item: CaseLike): boolean {
  return isInadvertentPupilConduct(item) && item.state !== 'closed' && !findDecision(item.decisions, 'police_decision');
}

// A media enquiry's reply waits for the written approval (INC-11).
export type MediaStage = 'not-media' | 'approval' | 'reply' | 'replied';

export function mediaStage(item: CaseLike): MediaStage {
  if (item.concern_type !== 'media_enquiry') return 'not-media';
  if (findDecision(item.decisions, 'media_reply')) return 'replied';
  return findDecision(item.decisions, 'media_approval') ? 'reply' : 'approval';
}

// A referral (police contact, CEOP, LADO) can be recorded without moving the case on once it is
// triaged and until it is closed.
export function canRecordReferral(item: CaseLike): boolean {
  return item.state === 'triaged' || item.state === 'investigating' || item.state === 'outcome';
}

// Which steps the signed-in user may record, as the case JSON says (can_*: the server's own rule
// for each step, so a form is never offered only to be refused).
export interface StepFlags {
  can_handle?: boolean;
  can_assess?: boolean;
  can_decide_police?: boolean;
  can_contact_police?: boolean;
  can_approve_media?: boolean;
  can_reply_media?: boolean;
}

export interface OfferedSteps {
  assessment: 'form' | 'waiting' | 'none';      // waiting: due, but another role records it
  policeDecision: 'form' | 'waiting' | 'none';
  media: 'approval' | 'reply' | 'waiting-approval' | 'none';
  contacts: string[];                            // agencies whose contact may be recorded now
  outcomeReferrals: string[];                    // referral bodies offered with the outcome step
}

// The forms the case page offers: each step that is due (by state and decisions) and that the
// user may record; a due step another role records is 'waiting'. A flag the API leaves out is
// taken as "may not".
export function offeredSteps(item: CaseLike & StepFlags): OfferedSteps {
  const none: OfferedSteps = { assessment: 'none', policeDecision: 'none', media: 'none', contacts: [], outcomeReferrals: [] };
  if (item.can_handle !== true || item.state === 'closed') return none;
  const referrals = kAgencies.filter((agency) => agency !== 'police' || item.can_contact_police === true);
  const stage = mediaStage(item);
  return {
    assessment: assessmentDue(item) ? (item.can_assess === true ? 'form' : 'waiting') : 'none',
    policeDecision: policeDecisionDue(item) ? (item.can_decide_police === true ? 'form' : 'waiting') : 'none',
    media: stage === 'approval' ? (item.can_approve_media === true ? 'approval' : 'waiting-approval')
      : stage === 'reply' && item.can_reply_media === true ? 'reply' : 'none',
    contacts: canRecordReferral(item) ? referrals : [],
    outcomeReferrals: referrals.filter((agency) => agency !== 'other_external_agencies'),
  };
}

// The name an evidence file is sent under: "evidence" with the file's extension, never the
// file's own name (a screenshot's name may name a pupil, and it travels in the URL).
export function evidenceFilename(name: string): string {
  const extension = /\.([A-Za-z0-9]{1,5})$/.exec(name)?.[1];
  return extension ? `evidence.${extension.toLowerCase()}` : 'evidence';
}

export interface AlertLike {
  kind: string;
  comment_id: string;
}

// Counts a person's alerts by kind, each comment once.
export function alertCounts(alerts: AlertLike[]): { escalated: number; dueSoon: number } {
  const escalated = new Set(alerts.filter((alert) => alert.kind === 'escalated').map((alert) => alert.comment_id));
  const dueSoon = new Set(alerts.filter((alert) => alert.kind === 'due_soon' && !escalated.has(alert.comment_id)).map((alert) => alert.comment_id));
  return { escalated: escalated.size, dueSoon: dueSoon.size };
}

// One alert per comment, an escalation before a warning, newest first as the API sends them.
export function alertsByComment<T extends AlertLike>(alerts: T[]): T[] {
  const chosen = new Map<string, T>();
  for (const alert of alerts) {
    const held = chosen.get(alert.comment_id);
    if (!held || (held.kind !== 'escalated' && alert.kind === 'escalated')) chosen.set(alert.comment_id, alert);
  }
  return alerts.filter((alert) => chosen.get(alert.comment_id) === alert);
}
