// Plain-English labels for the keys and codes the API sends, so pages show words, not identifiers.

const roleNames: Record<string, string> = {
  headteacher: 'Headteacher',
  dsl: 'Designated safeguarding lead',
  designated_safeguarding_lead: 'Designated safeguarding lead',
  comms_lead: 'Communications lead',
  communications_lead: 'Communications lead',
  teacher: 'Teacher',
  class_teacher: 'Class teacher',
  office: 'School office',
  office_admin: 'School office',
  administrator: 'Administrator',
  admin: 'Administrator',
  trust_admin: 'Trust administrator',
  governor: 'Governor',
};

// Returns "Designated safeguarding lead" for "dsl", or the key made readable.
export function roleName(role: string): string {
  return roleNames[role] ?? humanise(role);
}

// Returns "Local authority" for "local_authority".
export function humanise(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Returns "Year 7" for "7", "Reception" for "R", "Nursery" for "N".
export function yearGroupName(year: string): string {
  if (year === 'R') return 'Reception';
  if (year === 'N') return 'Nursery';
  if (/^\d+$/.test(year)) return `Year ${year}`;
  return year;
}

// Shows any JSON value as text for a summary list or table cell.
export function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const platformNames: Record<string, string> = {
  facebook: 'Facebook', instagram: 'Instagram', x: 'X (Twitter)', youtube: 'YouTube', website: 'School website', tiktok: 'TikTok',
};

// Returns "X (Twitter)" for "x".
export function platformName(platform: string): string {
  return platformNames[platform] ?? humanise(platform);
}

const giverNames: Record<string, string> = { parent: 'Parent or carer', pupil: 'The pupil' };

export function giverName(giver: string): string {
  return giverNames[giver] ?? humanise(giver);
}

export const consentMethods = [
  { value: 'paper form', text: 'Paper form' },
  { value: 'online form', text: 'Online form' },
  { value: 'email', text: 'Email' },
  { value: 'in person', text: 'In person or by phone' },
];

export function methodName(method: string | undefined): string {
  if (!method) return 'Not recorded';
  return consentMethods.find((option) => option.value === method)?.text ?? method.charAt(0).toUpperCase() + method.slice(1);
}

// "3 September 2025" for "2025-09-03"; other text unchanged.
export function dateName(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${Number(match[3])} ${months[Number(match[2]) - 1]} ${match[1]}`;
}

// "25 November 2026 at 13:45 UTC" for seconds since the epoch (or an ISO timestamp).
export function timeName(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === '' || value === 0) return '';
  const date = typeof value === 'number' ? new Date(value * 1000) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const iso = date.toISOString();
  return `${dateName(iso.slice(0, 10))} at ${iso.slice(11, 16)} UTC`;
}

// "Ada Lovelace" from a pupil-like object (preferred name first).
export function personName(pupil: { first_name?: string; last_name?: string; preferred_name?: string } | undefined, fallback = ''): string {
  if (!pupil) return fallback;
  const name = `${pupil.preferred_name || pupil.first_name || ''} ${pupil.last_name ?? ''}`.trim();
  return name || fallback;
}

const reasonTexts: Record<string, string> = {
  NO_CONSENT_MEDIA: 'A pupil shown has no consent for photos or videos',
  NO_CONSENT_PLATFORM: 'A pupil has no consent for this platform',
  CONSENT_EXPIRED: 'A pupil’s consent was for an earlier academic year',
  CONSENT_WITHDRAWN: 'A pupil’s consent has been withdrawn',
  DO_NOT_PUBLISH: 'A pupil is on the do-not-publish list',
  FULL_NAME_WITH_MEDIA: 'A pupil’s full name appears with a photo or video of them',
  NAME_WITHOUT_CONSENT: 'A pupil is named without consent to use their name',
  PERSONAL_DATA: 'Personal information, such as an address, phone number or email',
  NEGATIVE_TONE: 'The wording may read as negative about someone',
  OFFENSIVE: 'Offensive or inappropriate words',
  UNTAGGED_FACE: 'A face in the photo is not tagged',
  NAME_VISIBLE_IN_IMAGE: 'A name can be read in the photo',
  PERSONAL_DATA_IN_IMAGE: 'Personal information can be read in the photo',
  LOCATION_METADATA: 'The photo file records where it was taken',
};

// Plain English for a check's reason code ("FULL_NAME_WITH_MEDIA").
export function reasonText(code: string): string {
  return reasonTexts[code] ?? humanise(code.toLowerCase());
}

const decisionNames: Record<string, { text: string; colour: 'green' | 'orange' | 'red' | 'grey' }> = {
  approve: { text: 'Passed the check', colour: 'green' },
  pass: { text: 'Passed the check', colour: 'green' },
  needs_changes: { text: 'Needs changes', colour: 'orange' },
  block: { text: 'Blocked', colour: 'red' },
};

export function decisionName(decision: string) {
  return decisionNames[decision] ?? { text: humanise(decision), colour: 'grey' as const };
}

const stateNames: Record<string, { text: string; colour: 'grey' | 'blue' | 'light-blue' | 'yellow' | 'green' | 'red' | 'purple' | 'turquoise' }> = {
  draft: { text: 'Draft', colour: 'grey' },
  checked: { text: 'Checked', colour: 'light-blue' },
  submitted: { text: 'Waiting for approval', colour: 'yellow' },
  approved: { text: 'Approved', colour: 'turquoise' },
  rejected: { text: 'Rejected', colour: 'red' },
  published: { text: 'Published', colour: 'green' },
  taken_down: { text: 'Taken down', colour: 'purple' },
};

export function stateName(state: string) {
  return stateNames[state] ?? { text: humanise(state), colour: 'grey' as const };
}

const mediaNames: Record<string, string> = { none: 'No photo or video', image: 'Photo', video: 'Video' };

export function mediaKindName(kind: string): string {
  return mediaNames[kind] ?? humanise(kind);
}
