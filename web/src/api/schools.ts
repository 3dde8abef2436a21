// A school's own records beyond its details: its published contacts (GET/PUT contacts, with
// can_edit saying whether the signed-in user may change them), the mail notifications with each
// recipient's delivery (GET notifications), and the names of its staff (GET people) for lists
// that show recipients or subjects. Staff email addresses are never kept: only id, name, roles.
import { listOf, send } from './client';
import { routes } from './routes';

export interface Venue {
  name: string;
  address: string;
  postcode: string;
}

// The contact part of the school's record, as GET contacts gives it and PUT takes it.
export interface SchoolContacts {
  address: string;
  postcode: string;
  phones: string[];
  emails: string[];
  website: string;
  handles: string[];
  motto_hashtags: string[];
  public_venues: Venue[];
}

export interface ContactsRead extends SchoolContacts {
  can_edit: boolean;
}

export interface Delivery {
  person_id: string;
  status: string;  // delivered | pending
  attempts: number;
  last_error: string;
  delivered_at: number | null;
  next_attempt_at: number | null;
}

export interface Notification {
  id: string;
  recipient_role: string;
  recipient_person_id: string;
  subject: string;
  reason: string;
  object_type: string;
  object_id: string;
  urgent: boolean;
  created_at: number;
  status: string;  // delivered | pending | no_recipients
  deliveries: Delivery[];
}

export interface StaffMember {
  id: string;
  display_name: string;
  roles: string[];
}

const sid = (schoolId: string) => ({ school_id: schoolId });
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function contactsOf(data: Record<string, unknown>): ContactsRead {
  const venues = Array.isArray(data.public_venues) ? data.public_venues as Partial<Venue>[] : [];
  return {
    address: text(data.address), postcode: text(data.postcode), website: text(data.website),
    phones: strings(data.phones), emails: strings(data.emails), handles: strings(data.handles),
    motto_hashtags: strings(data.motto_hashtags),
    public_venues: venues.map((venue) => ({ name: text(venue.name), address: text(venue.address), postcode: text(venue.postcode) })),
    can_edit: data.can_edit === true,
  };
}

export const schoolsApi = {
  async contacts(schoolId: string): Promise<ContactsRead> {
    return contactsOf(await send<Record<string, unknown>>(routes.contacts, sid(schoolId)));
  },
  async setContacts(schoolId: string, contacts: SchoolContacts): Promise<ContactsRead> {
    return contactsOf(await send<Record<string, unknown>>(routes.setContacts, sid(schoolId), { json: contacts }));
  },
  async notifications(schoolId: string, limit = 100): Promise<Notification[]> {
    const data = await send<unknown>(routes.notifications, sid(schoolId), { query: { limit: String(limit) } });
    return listOf<Notification>(data, 'notifications').map((item) => ({ ...item, deliveries: item.deliveries ?? [] }));
  },
  // True when the signed-in user may read the delivery list (the navigation offers it then).
  async mayReadNotifications(schoolId: string): Promise<boolean> {
    return schoolsApi.notifications(schoolId, 1).then(() => true, () => false);
  },
  // The school's staff by id: names and role keys only (the API's email is dropped here).
  async staff(schoolId: string): Promise<StaffMember[]> {
    const people = listOf<Record<string, unknown>>(await send<unknown>(routes.people, sid(schoolId)), 'people');
    return people.map((person) => ({
      id: String(person.id),
      display_name: text(person.display_name),
      roles: (Array.isArray(person.roles) ? person.roles : []).map((role) => (typeof role === 'string' ? role : text((role as { role?: unknown }).role))),
    }));
  },
};
