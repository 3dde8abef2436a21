// The school's contacts form: the API's lists as one-entry-per-line text, venues as rows, and
// back again; and where the server's 400 `where` ("phones[1]", "public_venues[0].postcode")
// belongs on the form, with the line the entry was typed on. The server judges every value;
// this only maps its answer to the field. Pure, unit-tested.
import type { SchoolContacts, Venue } from '../api/schools';

export type VenueRow = Venue;
export type ContactsBody = SchoolContacts;

export type ListField = 'phones' | 'emails' | 'handles' | 'motto_hashtags';

export interface ContactsForm {
  address: string;
  postcode: string;
  website: string;
  phones: string;  // one entry a line
  emails: string;
  handles: string;
  motto_hashtags: string;
  venues: VenueRow[];
}

export const kListFields: ListField[] = ['phones', 'emails', 'handles', 'motto_hashtags'];

export const kFieldLabels: Record<string, string> = {
  address: 'Address', postcode: 'Postcode', website: 'Website', phones: 'Phone numbers', emails: 'Email addresses',
  handles: 'Social media accounts', motto_hashtags: 'Hashtags', public_venues: 'Places the school uses',
};

const blankVenue = (venue: VenueRow) => !venue.name.trim() && !venue.address.trim() && !venue.postcode.trim();

export function formOf(contacts: ContactsBody): ContactsForm {
  return {
    address: contacts.address, postcode: contacts.postcode, website: contacts.website,
    phones: contacts.phones.join('\n'), emails: contacts.emails.join('\n'),
    handles: contacts.handles.join('\n'), motto_hashtags: contacts.motto_hashtags.join('\n'),
    venues: contacts.public_venues.map((venue) => ({ ...venue })),
  };
}

// The non-empty lines of `text` (trimmed), each with its 1-based line number.
export function entries(text: string): { value: string; line: number }[] {
  return text.split(/\r?\n/).map((value, index) => ({ value: value.trim(), line: index + 1 })).filter((entry) => entry.value !== '');
}

// The body to PUT: empty lines and empty venue rows are left out.
export function bodyOf(form: ContactsForm): ContactsBody {
  const list = (field: ListField) => entries(form[field]).map((entry) => entry.value);
  return {
    address: form.address.trim(), postcode: form.postcode.trim(), website: form.website.trim(),
    phones: list('phones'), emails: list('emails'), handles: list('handles'), motto_hashtags: list('motto_hashtags'),
    public_venues: form.venues.filter((venue) => !blankVenue(venue)).map((venue) => ({ name: venue.name.trim(), address: venue.address.trim(), postcode: venue.postcode.trim() })),
  };
}

export interface FieldProblem {
  field: string;  // the input's id
  text: string;
}

export const fieldId = (name: string) => `contacts-${name.replace(/_/g, '-')}`;
export const venueFieldId = (row: number, part: keyof VenueRow) => `venue-${row + 1}-${part}`;

// Puts the server's refusal on its input: "phones[1]" is the second entry typed in the phone
// numbers box (named by its line), "public_venues[0].postcode" the postcode of the first venue
// row that was sent. Anything else goes on the first field.
export function problemOf(where: string | undefined, message: string, form: ContactsForm): FieldProblem {
  const list = /^(phones|emails|handles|motto_hashtags)(?:\[(\d+)\])?$/.exec(where ?? '');
  if (list) {
    const name = list[1] as ListField;
    const line = list[2] === undefined ? undefined : entries(form[name])[Number(list[2])]?.line;
    return { field: fieldId(name), text: line === undefined ? `${kFieldLabels[name]}: ${message}` : `${kFieldLabels[name]}, line ${line}: ${message}` };
  }
  const venue = /^public_venues(?:\[(\d+)\](?:\.(name|address|postcode))?)?$/.exec(where ?? '');
  if (venue) {
    const sent = form.venues.map((row, index) => ({ row, index })).filter(({ row }) => !blankVenue(row));
    const index = venue[1] === undefined ? undefined : sent[Number(venue[1])]?.index;
    if (index === undefined) return { field: venueFieldId(0, 'name'), text: `${kFieldLabels.public_venues}: ${message}` };
    const part = (venue[2] ?? 'name') as keyof VenueRow;
    return { field: venueFieldId(index, part), text: `Place ${index + 1}, ${part}: ${message}` };
  }
  const single = where === 'address' || where === 'postcode' || where === 'website' ? where : 'address';
  return { field: fieldId(single), text: where === single ? `${kFieldLabels[single]}: ${message}` : message };
}
