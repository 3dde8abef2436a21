// Times as school staff read them: in UK time (Europe/London, so BST in summer), in the GOV.UK
// style "5pm on Tuesday 27 May 2025" ("midday", "midnight", "9:30am"). Pure, unit-tested.

const kFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
  hour: 'numeric', minute: '2-digit', hourCycle: 'h12',
});

// `value`: seconds since the epoch or an ISO 8601 timestamp. '' for nothing; the value itself
// when it is not a time.
export function ukDateTime(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '' || value === 0) return '';
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const parts = kFormat.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const hour = Number(part('hour'));
  const minute = part('minute');
  const period = part('dayPeriod').toLowerCase().replace(/\./g, '');
  let time = minute === '00' ? `${hour}${period}` : `${hour}:${minute}${period}`;
  if (time === '12pm') time = 'midday';
  if (time === '12am') time = 'midnight';
  return `${time} on ${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}
