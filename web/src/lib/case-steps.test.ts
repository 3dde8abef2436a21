import { describe, expect, it } from 'vitest';
import {
  alertCounts, alertsByComment, assessmentDue, canRecordReferral, evidenceFilename, mediaStage, offeredSteps, policeDecisionDue,
  waitsForAssessment, type CaseLike,
} from './case-steps';

const base: CaseLike = { state: 'reported', concern_type: 'pupil_online_behaviour', fields: {}, decisions: [] };

describe('the initial assessment (INC-09)', () => {
  it('is due while the case is reported or triaged and none is stored', () => {
    expect(assessmentDue(base)).toBe(true);
    expect(assessmentDue({ ...base, state: 'triaged' })).toBe(true);
    expect(assessmentDue({ ...base, state: 'investigating' })).toBe(false);
    expect(assessmentDue({ ...base, decisions: [{ kind: 'initial_assessment' }] })).toBe(false);
  });

  it('holds a triaged case back from investigating until it is recorded', () => {
    expect(waitsForAssessment({ ...base, state: 'triaged' })).toBe(true);
    expect(waitsForAssessment(base)).toBe(false);
    expect(waitsForAssessment({ ...base, state: 'triaged', decisions: [{ kind: 'initial_assessment' }] })).toBe(false);
  });
});

describe('the DSL’s police decision (INC-07)', () => {
  it('is due only for a pupil’s inadvertent conduct, once, before closing', () => {
    const inadvertent = { ...base, fields: { pupil_conduct_inadvertent: 'yes' } };
    expect(policeDecisionDue(inadvertent)).toBe(true);
    expect(policeDecisionDue({ ...base, fields: { pupil_conduct_inadvertent: 'no' } })).toBe(false);
    expect(policeDecisionDue(base)).toBe(false);
    expect(policeDecisionDue({ ...inadvertent, decisions: [{ kind: 'police_decision', decision: 'no_police' }] })).toBe(false);
    expect(policeDecisionDue({ ...inadvertent, state: 'closed' })).toBe(false);
  });
});

describe('a media enquiry (INC-11)', () => {
  const media = { ...base, concern_type: 'media_enquiry' };
  it('asks for the written approval, then the reply', () => {
    expect(mediaStage(base)).toBe('not-media');
    expect(mediaStage(media)).toBe('approval');
    expect(mediaStage({ ...media, decisions: [{ kind: 'media_approval' }] })).toBe('reply');
    expect(mediaStage({ ...media, decisions: [{ kind: 'media_approval' }, { kind: 'media_reply' }] })).toBe('replied');
  });
});

describe('referrals', () => {
  it('are recorded between triage and closing', () => {
    expect(canRecordReferral(base)).toBe(false);
    expect(['triaged', 'investigating', 'outcome'].every((state) => canRecordReferral({ ...base, state }))).toBe(true);
    expect(canRecordReferral({ ...base, state: 'closed' })).toBe(false);
  });
});

describe('evidenceFilename', () => {
  it('keeps the extension and drops the name', () => {
    expect(evidenceFilename('Screenshot of Ada Lovelace.PNG')).toBe('evidence.png');
    expect(evidenceFilename('chat.export.txt')).toBe('evidence.txt');
    expect(evidenceFilename('no-extension')).toBe('evidence');
    expect(evidenceFilename('odd.name.with spaces')).toBe('evidence');
  });
});

describe('MON-04 alerts', () => {
  const alerts = [
    { id: 'a3', kind: 'escalated', comment_id: 'c1' },
    { id: 'a2', kind: 'due_soon', comment_id: 'c1' },
    { id: 'a1', kind: 'due_soon', comment_id: 'c2' },
    { id: 'a0', kind: 'due_soon', comment_id: 'c2' },
  ];
  it('counts each comment once, an escalation over its earlier warning', () => {
    expect(alertCounts(alerts)).toEqual({ escalated: 1, dueSoon: 1 });
    expect(alertCounts([])).toEqual({ escalated: 0, dueSoon: 0 });
  });
  it('lists one alert per comment in the API’s order', () => {
    expect(alertsByComment(alerts).map((alert) => alert.id)).toEqual(['a3', 'a1']);
    expect(alertsByComment([{ id: 'w', kind: 'due_soon', comment_id: 'c' }, { id: 'e', kind: 'escalated', comment_id: 'c' }]).map((a) => a.id)).toEqual(['e']);
  });
});

describe('offeredSteps: only the steps the case JSON says the user may record', () => {
  const handler = { ...base, can_handle: true };
  const inadvertent = { ...handler, state: 'triaged', concern_type: 'illegal_content', fields: { pupil_conduct_inadvertent: 'yes' } };

  it('offers the assessment to its role and tells anyone else it is waiting', () => {
    expect(offeredSteps({ ...handler, can_assess: true }).assessment).toBe('form');
    expect(offeredSteps({ ...handler, can_assess: false }).assessment).toBe('waiting');
    expect(offeredSteps({ ...handler, can_assess: true, decisions: [{ kind: 'initial_assessment' }] }).assessment).toBe('none');
  });

  it('offers the police decision to the decider and police contact to the contact role only', () => {
    const dsl = offeredSteps({ ...inadvertent, can_decide_police: true, can_contact_police: false });
    expect(dsl.policeDecision).toBe('form');
    expect(dsl.contacts).not.toContain('police');
    expect(dsl.outcomeReferrals).toEqual(['ceop', 'local_authority_designated_officer']);
    const head = offeredSteps({ ...inadvertent, can_decide_police: false, can_contact_police: true });
    expect(head.policeDecision).toBe('waiting');
    expect(head.contacts).toContain('police');
  });

  it('offers a media approval to the owner, the reply to handlers once approved', () => {
    const media = { ...handler, concern_type: 'media_enquiry' };
    expect(offeredSteps({ ...media, can_approve_media: true }).media).toBe('approval');
    expect(offeredSteps({ ...media, can_approve_media: false, can_reply_media: true }).media).toBe('waiting-approval');
    const approved = { ...media, decisions: [{ kind: 'media_approval' }] };
    expect(offeredSteps({ ...approved, can_reply_media: true }).media).toBe('reply');
    expect(offeredSteps({ ...approved, can_reply_media: false }).media).toBe('none');
  });

  it('offers nothing to a reporter who only sees the status, on a closed case, or when flags are missing', () => {
    const nothing = { assessment: 'none', policeDecision: 'none', media: 'none', contacts: [], outcomeReferrals: [] };
    expect(offeredSteps({ ...base, can_handle: false, can_assess: true })).toEqual(nothing);
    expect(offeredSteps({ ...handler, state: 'closed', can_assess: true })).toEqual(nothing);
    expect(offeredSteps({ ...handler }).assessment).toBe('waiting');
  });
});
