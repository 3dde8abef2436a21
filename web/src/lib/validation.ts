// Form validation for the GOV.UK forms: each function checks one answer and returns either the
// value to send or the error message to show beside the field (GOV.UK wording). Pure: no DOM,
// unit-tested. The server decides every rule again; these only spare a round trip.

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string; field?: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(error: string, field?: string): Checked<T> => ({ ok: false, error, field });

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];

function monthNumber(text: string): number {
  const trimmed = text.trim().toLowerCase();
  if (/^\d{1,2}$/.test(trimmed)) return Number(trimmed);
  const index = monthNames.findIndex((name) => name === trimmed || name.slice(0, 3) === trimmed);
  return index >= 0 ? index + 1 : NaN;
}

// Returns "YYYY-MM-DD" for the date's parts, or the GOV.UK message for what is wrong, naming the
// part to highlight. `what` is the question's noun ("the date the consent was withdrawn").
// `today` ("YYYY-MM-DD") rules out future dates when given.
export function checkDate(parts: DateParts, what: string, today?: string): Checked<string> {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  const Label = what.charAt(0).toUpperCase() + what.slice(1);
  if (!day && !month && !year) return fail(`Enter ${what}`, 'day');
  if (!day) return fail(`${Label} must include a day`, 'day');
  if (!month) return fail(`${Label} must include a month`, 'month');
  if (!year) return fail(`${Label} must include a year`, 'year');
  if (!/^\d{4}$/.test(year)) return fail('Year must include 4 numbers', 'year');
  const [d, m, y] = [/^\d{1,2}$/.test(day) ? Number(day) : NaN, monthNumber(month), Number(year)];
  if (!isRealDate(y, m, d)) {
    const monthWrong = !Number.isInteger(m) || m < 1 || m > 12;
    return fail(`${Label} must be a real date`, monthWrong ? 'month' : 'day');
  }
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (today && iso > today) return fail(`${Label} must be today or in the past`, 'day');
  return ok(iso);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

// Splits "YYYY-MM-DD" into the three inputs (for a form that starts filled in).
export function dateParts(iso: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] };
}

// Today as "YYYY-MM-DD" in the browser's time zone.
export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// The academic year containing the date, as the server names it: 2025-09-01 -> "2025/26".
export function academicYearOf(iso: string): string {
  const [year, month] = iso.split('-').map(Number);
  const start = month >= 9 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

// Requires one of `allowed`; `message` is the GOV.UK "Select ..." text.
export function checkChoice<T extends string>(value: string | undefined, allowed: readonly T[], message: string): Checked<T> {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? ok(value as T) : fail(message);
}

// Requires at least one of `allowed`, dropping anything else.
export function checkSome<T extends string>(values: readonly string[], allowed: readonly T[], message: string): Checked<T[]> {
  const chosen = allowed.filter((option) => values.includes(option));
  return chosen.length > 0 ? ok(chosen) : fail(message);
}

// Requires text, trimmed, no longer than `max` characters (counted as the user sees them).
export function checkText(text: string, { empty, max, tooLong }: { empty?: string; max?: number; tooLong?: string }): Checked<string> {
  const trimmed = text.trim();
  if (trimmed === '' && empty) return fail(empty);
  if (max !== undefined && [...trimmed].length > max) {
    return fail(tooLong ?? `Must be ${max.toLocaleString('en-GB')} characters or fewer`);
  }
  return ok(trimmed);
}

// Requires the web address of a published post: an https:// address with a host.
export function checkLiveUrl(text: string): Checked<string> {
  const trimmed = text.trim();
  if (trimmed === '') return fail('Enter the web address of the published post');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return fail('Enter a web address in the correct format, like https://www.facebook.com/yourschool/posts/123');
  }
  if (url.protocol !== 'https:' || !url.hostname.includes('.')) {
    return fail('Enter a web address that starts with https://');
  }
  return ok(trimmed);
}
