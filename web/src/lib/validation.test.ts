// Form validation: GOV.UK messages for each way an answer can be wrong, and the value sent when
// it is right.
import { describe, expect, it } from 'vitest';
import {
  academicYearOf, checkChoice, checkDate, checkLiveUrl, checkSome, checkText, dateParts, todayIso,
} from './validation';

const what = 'the date consent was withdrawn';

describe('checkDate', () => {
  it('accepts a real past date and zero-pads it', () => {
    expect(checkDate({ day: '3', month: '9', year: '2025' }, what, '2025-11-25')).toEqual({ ok: true, value: '2025-09-03' });
  });

  it('accepts month names', () => {
    expect(checkDate({ day: '1', month: 'Sept', year: '2025' }, what)).toMatchObject({ ok: false });
    expect(checkDate({ day: '1', month: 'sep', year: '2025' }, what)).toEqual({ ok: true, value: '2025-09-01' });
    expect(checkDate({ day: '1', month: 'February', year: '2024' }, what)).toEqual({ ok: true, value: '2024-02-01' });
  });

  it('asks for the date when nothing is entered', () => {
    expect(checkDate({ day: '', month: ' ', year: '' }, what)).toEqual({ ok: false, error: 'Enter the date consent was withdrawn', field: 'day' });
  });

  it('names the missing part', () => {
    expect(checkDate({ day: '1', month: '', year: '2025' }, what)).toEqual({ ok: false, error: 'The date consent was withdrawn must include a month', field: 'month' });
    expect(checkDate({ day: '1', month: '2', year: '' }, what)).toMatchObject({ field: 'year' });
    expect(checkDate({ day: '', month: '2', year: '2025' }, what)).toMatchObject({ field: 'day' });
  });

  it('refuses dates that do not exist', () => {
    expect(checkDate({ day: '29', month: '2', year: '2025' }, what)).toMatchObject({ ok: false, error: 'The date consent was withdrawn must be a real date', field: 'day' });
    expect(checkDate({ day: '29', month: '2', year: '2024' }, what)).toEqual({ ok: true, value: '2024-02-29' });
    expect(checkDate({ day: '31', month: '13', year: '2025' }, what)).toMatchObject({ field: 'month' });
    expect(checkDate({ day: 'x', month: '1', year: '2025' }, what)).toMatchObject({ field: 'day' });
  });

  it('wants a four-digit year', () => {
    expect(checkDate({ day: '1', month: '1', year: '25' }, what)).toEqual({ ok: false, error: 'Year must include 4 numbers', field: 'year' });
  });

  it('refuses a future date when today is given', () => {
    expect(checkDate({ day: '26', month: '11', year: '2025' }, what, '2025-11-25')).toMatchObject({ error: 'The date consent was withdrawn must be today or in the past' });
    expect(checkDate({ day: '25', month: '11', year: '2025' }, what, '2025-11-25')).toMatchObject({ ok: true });
  });
});

describe('dates and academic years', () => {
  it('splits an ISO date into the three inputs', () => {
    expect(dateParts('2025-09-03')).toEqual({ day: '3', month: '9', year: '2025' });
    expect(dateParts('not a date')).toEqual({ day: '', month: '', year: '' });
  });

  it('names the academic year as the server does (1 September to 31 August)', () => {
    expect(academicYearOf('2025-09-01')).toBe('2025/26');
    expect(academicYearOf('2026-08-31')).toBe('2025/26');
    expect(academicYearOf('1999-12-01')).toBe('1999/00');
  });

  it('gives today in the local calendar', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});

describe('choices and text', () => {
  it('accepts only an offered choice', () => {
    expect(checkChoice('parent', ['parent', 'pupil'] as const, 'Select who gave the decision')).toEqual({ ok: true, value: 'parent' });
    expect(checkChoice(undefined, ['parent', 'pupil'] as const, 'Select who gave the decision')).toEqual({ ok: false, error: 'Select who gave the decision', field: undefined });
    expect(checkChoice('teacher', ['parent', 'pupil'] as const, 'Select')).toMatchObject({ ok: false });
  });

  it('keeps offered options in their order and drops others', () => {
    expect(checkSome(['x', 'facebook', 'bogus'], ['facebook', 'instagram', 'x'] as const, 'Select')).toEqual({ ok: true, value: ['facebook', 'x'] });
    expect(checkSome(['bogus'], ['facebook'] as const, 'Select a platform')).toMatchObject({ ok: false, error: 'Select a platform' });
  });

  it('trims text, requires it when asked and counts characters, not UTF-16 units', () => {
    expect(checkText('  hello ', { empty: 'Enter a caption' })).toEqual({ ok: true, value: 'hello' });
    expect(checkText('   ', { empty: 'Enter a caption' })).toMatchObject({ ok: false, error: 'Enter a caption' });
    expect(checkText('   ', {})).toEqual({ ok: true, value: '' });
    expect(checkText('🎉🎉', { max: 2 })).toMatchObject({ ok: true });
    expect(checkText('🎉🎉🎉', { max: 2 })).toMatchObject({ ok: false, error: 'Must be 2 characters or fewer' });
  });
});

describe('checkLiveUrl', () => {
  it('accepts an https address as typed', () => {
    expect(checkLiveUrl(' https://www.facebook.com/school/posts/1 ')).toEqual({ ok: true, value: 'https://www.facebook.com/school/posts/1' });
  });

  it('refuses empty, malformed and non-https addresses', () => {
    expect(checkLiveUrl('')).toMatchObject({ error: 'Enter the web address of the published post' });
    expect(checkLiveUrl('facebook.com/post')).toMatchObject({ ok: false, error: expect.stringContaining('correct format') });
    expect(checkLiveUrl('http://example.org/x')).toMatchObject({ error: 'Enter a web address that starts with https://' });
    expect(checkLiveUrl('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(checkLiveUrl('https://localhost/x')).toMatchObject({ ok: false });
  });
});
