// Whole-form checks: every wrong answer is reported once, linked to its input, and a right form
// gives exactly what the API expects.
import { describe, expect, it } from 'vitest';
import { validateDraft, validateReport, type ReportField } from './forms';

const date = { day: '25', month: '11', year: '2026' };

describe('validateDraft', () => {
  it('links each missing answer to its input', () => {
    const { errors, post } = validateDraft({ caption: '  ', date: { day: '', month: '', year: '' }, tagged: [] }, ['a1']);
    expect(post).toBeUndefined();
    expect(errors.account).toEqual({ text: 'Select the account to post on', href: '#account' });
    expect(errors.media?.href).toBe('#media-kind');
    expect(errors.caption?.text).toBe('Enter the caption');
    expect(errors.date).toEqual({ text: 'Enter the posting date', href: '#posting-date-day' });
  });

  it('refuses an account the page did not offer and a caption over the limit', () => {
    const { errors } = validateDraft({ account: 'other', media: 'image', caption: 'x'.repeat(2201), date, tagged: [] }, ['a1']);
    expect(errors.account).toBeDefined();
    expect(errors.caption?.text).toBe('The caption must be 2,200 characters or fewer');
  });

  it('points a bad date at the part that is wrong', () => {
    const { errors } = validateDraft({ account: 'a1', media: 'none', caption: 'Hi', date: { day: '30', month: '2', year: '2026' }, tagged: [] }, ['a1']);
    expect(errors.date?.href).toBe('#posting-date-day');
  });

  it('sends the caption exactly as typed and each tagged pupil once', () => {
    const { errors, post } = validateDraft({ account: 'a1', media: 'image', caption: ' Sports day! ', date, tagged: ['P1', 'P2', 'P1'] }, ['a1']);
    expect(errors).toEqual({});
    expect(post).toEqual({ account_id: 'a1', media_kind: 'image', caption: ' Sports day! ', tagged_pupil_ids: ['P1', 'P2'], posting_date: '2026-11-25' });
  });
});

describe('validateReport', () => {
  const form: ReportField[] = [
    { name: 'description', required: true, choices: [], datetime: false },
    { name: 'first_seen_at', required: true, choices: [], datetime: true },
    { name: 'where_seen', required: true, choices: ['school_device', 'personal_device'], datetime: false },
    { name: 'url', required: false, choices: [], datetime: false },
    { name: 'reply_deadline', required: false, choices: [], datetime: true },
    { name: 'former_staff', required: false, choices: ['yes', 'no'], datetime: false },
  ];
  const label = (name: string) => name.replace(/_/g, ' ');

  it('lists the summary and every required answer missing, each linked', () => {
    const { problems } = validateReport(form, '', {}, {}, label);
    expect(problems.map((p) => p.href)).toEqual(['#case-summary', '#field-description', '#field-first_seen_at-day', '#field-where_seen']);
    expect(problems[1].text).toBe('Answer: description');
  });

  it('leaves out empty optional answers and sends dates as ISO', () => {
    const { problems, fields } = validateReport(form, 'A post about a pupil', { description: 'Seen at lunch', where_seen: 'school_device', url: ' ' },
      { first_seen_at: { day: '3', month: '9', year: '2026' } }, label);
    expect(problems).toEqual([]);
    expect(fields).toEqual({ description: 'Seen at lunch', first_seen_at: '2026-09-03', where_seen: 'school_device' });
  });

  it('checks optional answers that are given', () => {
    const { problems } = validateReport(form, 'x', { description: 'd', where_seen: 'school_device', former_staff: 'maybe' },
      { first_seen_at: date, reply_deadline: { day: '40', month: '1', year: '2026' } }, label);
    expect(problems.map((p) => p.href)).toEqual(['#field-reply_deadline-day', '#field-former_staff']);
  });
});
