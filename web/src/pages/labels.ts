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
// A video post's media findings name a person (track) in the video, not a face in a photo.
const videoReasonTexts: Record<string, string> = {
  UNTAGGED_FACE: 'A person in the video is not tagged',
  NAME_VISIBLE_IN_IMAGE: 'A name can be read in the video',
  PERSONAL_DATA_IN_IMAGE: 'Personal information can be read in the video',
  LOCATION_METADATA: 'The video file records where it was taken',
};

export function reasonText(code: string, mediaKind?: string): string {
  if (mediaKind === 'video' && videoReasonTexts[code]) return videoReasonTexts[code];
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

const concernNames: Record<string, string> = {
  inappropriate_content: 'Inappropriate content',
  cyberbullying: 'Cyberbullying',
  staff_online_conduct: 'A member of staff’s online conduct',
  headteacher_online_conduct: 'The headteacher’s online conduct',
  pupil_online_behaviour: 'A pupil’s online behaviour',
  connection_request: 'A friend or follow request from a pupil or parent',
  media_enquiry: 'A media enquiry',
  negative_post_about_school: 'A negative post about the school',
  illegal_content: 'Illegal content',
  safeguarding_disclosure: 'A safeguarding disclosure',
  hate_or_abuse: 'Hate or abuse on a school account',
  data_protection_breach: 'A data protection breach',
};

export function concernName(type: string): string {
  return concernNames[type] ?? humanise(type);
}

const fieldLabels: Record<string, string> = {
  description: 'What happened?',
  first_seen_at: 'When was it first seen?',
  platform: 'Which platform or website? (optional)',
  url: 'Web address (optional)',
  people_involved: 'Who is involved? (optional)',
  where_seen: 'Where was it seen?',
  device_or_location: 'Which device or room? (optional)',
  account_or_author: 'Which account or author? (optional)',
  category: 'What kind of content is it?',
  how_reached: 'How was it reached?',
  immediate_action: 'What has been done so far?',
  suspected_indecent_image_of_child: 'Is it suspected to be an indecent image of a child?',
  target: 'Who is the target?',
  subject_description: 'Who is it about? (optional)',
  former_staff: 'Are they a former member of staff?',
  year_group: 'Year group (optional)',
  requester_relationship: 'Who sent the request?',
  action_taken: 'What was done with it?',
  outlet: 'Which newspaper, broadcaster or outlet?',
  contact: 'Their contact details',
  reply_deadline: 'When do they want a reply by?',
  responded: 'Has the school responded?',
  disclosed_by: 'Who made the disclosure?',
  data_involved: 'What data is involved?',
};

export function fieldLabel(name: string, required: boolean): string {
  const label = fieldLabels[name] ?? humanise(name);
  return required ? label.replace(/ \(optional\)$/, '') : label.endsWith('(optional)') ? label : `${label} (optional)`;
}

export function choiceName(value: string): string {
  const special: Record<string, string> = { yes: 'Yes', no: 'No', pop_up: 'A pop-up', ceop: 'CEOP' };
  return special[value] ?? humanise(value);
}

const caseStates: Record<string, { text: string; colour: 'grey' | 'blue' | 'yellow' | 'orange' | 'green' | 'purple' }> = {
  reported: { text: 'Reported', colour: 'yellow' },
  triaged: { text: 'Triaged', colour: 'blue' },
  investigating: { text: 'Investigating', colour: 'orange' },
  outcome: { text: 'Outcome recorded', colour: 'purple' },
  closed: { text: 'Closed', colour: 'green' },
};

export function caseStateName(state: string) {
  return caseStates[state] ?? { text: humanise(state), colour: 'grey' as const };
}

export const caseOutcomes = ['no_further_action', 'advice', 'disciplinary_referral', 'police_or_ceop_referral', 'content_removed'];

const categoryNames: Record<string, string> = {
  hate: 'Hate', safeguarding: 'Safeguarding', complaint: 'Complaint', question: 'Question', insult: 'Insult',
  profanity: 'Swearing', threat: 'Threat', spam: 'Spam', personal_data: 'Personal information', sexual: 'Sexual content',
};

export function categoryName(category: string): string {
  return categoryNames[category] ?? humanise(category);
}
