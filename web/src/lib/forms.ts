// Whole-form checks for the post draft and the concern report, built from validation.ts: each
// returns the value to send (when every answer is right) and the problems, each linked to the
// input it is about ("#caption", "#posting-date-month"). Pure, unit-tested.
import { checkChoice, checkDate, checkText, type DateParts } from './validation';

export interface Problem {
  text: string;
  href: string;
}

export const kMaxCaption = 2200;
const mediaKinds = ['none', 'image', 'video'] as const;

export interface DraftAnswers {
  account?: string;
  media?: string;
  caption: string;
  date: DateParts;
  tagged: string[];
}

export interface DraftPost {
  account_id: string;
  media_kind: string;
  caption: string;
  tagged_pupil_ids: string[];
  posting_date: string;
}

export type DraftField = 'account' | 'media' | 'caption' | 'date' | 'form';

// Checks a draft against the accounts offered. The caption is sent as typed (the check's spans
// count bytes of exactly that text).
export function validateDraft(values: DraftAnswers, accountIds: string[]): { errors: Partial<Record<DraftField, Problem>>; post?: DraftPost } {
  const errors: Partial<Record<DraftField, Problem>> = {};
  const account = checkChoice(values.account, accountIds, 'Select the account to post on');
  if (!account.ok) errors.account = { text: account.error, href: '#account' };
  const media = checkChoice(values.media, mediaKinds, 'Select whether the post has a photo or video');
  if (!media.ok) errors.media = { text: media.error, href: '#media-kind' };
  const caption = checkText(values.caption, { empty: 'Enter the caption', max: kMaxCaption, tooLong: `The caption must be ${kMaxCaption.toLocaleString('en-GB')} characters or fewer` });
  if (!caption.ok) errors.caption = { text: caption.error, href: '#caption' };
  const date = checkDate(values.date, 'the posting date');
  if (!date.ok) errors.date = { text: date.error, href: `#posting-date-${date.field ?? 'day'}` };
  if (!account.ok || !media.ok || !caption.ok || !date.ok) return { errors };
  return { errors, post: { account_id: account.value, media_kind: media.value, caption: values.caption, tagged_pupil_ids: [...new Set(values.tagged)], posting_date: date.value } };
}

export interface ReportField {
  name: string;
  required: boolean;
  choices: string[];
  datetime: boolean;
}

// Checks a concern report against its form (as GET case-forms gives it). Optional answers left
// empty are not sent; dates go as YYYY-MM-DD. `label` words a field for its error message.
export function validateReport(fields: ReportField[], summary: string, values: Record<string, string>,
  dates: Record<string, DateParts>, label: (name: string) => string): { problems: Problem[]; fields: Record<string, string> } {
  const problems: Problem[] = [];
  const out: Record<string, string> = {};
  const text = checkText(summary, { empty: 'Enter a one-line summary', max: 300, tooLong: 'The summary must be 300 characters or fewer' });
  if (!text.ok) problems.push({ text: text.error, href: '#case-summary' });
  for (const field of fields) {
    const id = `#field-${field.name}`;
    if (field.datetime) {
      const parts = dates[field.name] ?? { day: '', month: '', year: '' };
      if (!field.required && !parts.day.trim() && !parts.month.trim() && !parts.year.trim()) continue;
      const date = checkDate(parts, 'the date');
      if (date.ok) out[field.name] = date.value;
      else problems.push({ text: date.error, href: `${id}-${date.field ?? 'day'}` });
    } else if (field.choices.length > 0) {
      const value = values[field.name];
      if (!value && !field.required) continue;
      const chosen = checkChoice(value, field.choices, `Answer: ${label(field.name)}`);
      if (chosen.ok) out[field.name] = chosen.value;
      else problems.push({ text: chosen.error, href: id });
    } else {
      const answer = checkText(values[field.name] ?? '', { empty: field.required ? `Answer: ${label(field.name)}` : undefined, max: 5000, tooLong: `${label(field.name)}: 5,000 characters or fewer` });
      if (!answer.ok) problems.push({ text: answer.error, href: id });
      else if (answer.value) out[field.name] = answer.value;
    }
  }
  return { problems, fields: out };
}
