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
