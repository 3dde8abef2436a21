// Subject access (UK GDPR art. 15, AUD-04): everything Steward holds about a pupil or a member of
// staff, as the JSON bundle or the self-contained HTML report. Headteacher or DPO only, and never
// about oneself (the server decides). The addresses carry the subject's id only; the answers are
// never cached.
import { send } from './client';
import { pathOf, routes } from './routes';

export interface SubjectAccessSection {
  room: string;
  title: string;
  items: unknown[];
}

interface BundleBase {
  format: string;
  generated_at: string;
  generated_by: string;
  sections: SubjectAccessSection[];
  audit_events: unknown[];
  withheld_notice?: string;
}

export interface SubjectAccessBundle extends BundleBase {
  pupil_id: string;
  pupil: { id: string; first_name: string; last_name: string; preferred_name?: string; year_group: string; do_not_publish?: boolean };
  consent: unknown[];
  do_not_publish: unknown;
}

export interface StaffSubjectAccessBundle extends BundleBase {
  person_id: string;
  person: { id: string; display_name: string; category?: string; status?: string };
  roles: { role: string; school_id?: string }[];
  sign_in_accounts: unknown[];
}

export type Subject = { kind: 'pupil'; id: string } | { kind: 'staff'; id: string };

const target = (subject: Subject) => (subject.kind === 'pupil' ? routes.subjectAccess : routes.staffSubjectAccess);
const ids = (schoolId: string, subject: Subject): Record<string, string> => (subject.kind === 'pupil'
  ? { school_id: schoolId, pupil_id: subject.id } : { school_id: schoolId, person_id: subject.id });

async function read<T extends BundleBase>(schoolId: string, subject: Subject): Promise<T> {
  const data = await send<Partial<T> & Record<string, unknown>>(target(subject), ids(schoolId, subject));
  return { ...data, sections: data.sections ?? [], audit_events: data.audit_events ?? [] } as T;
}

export const subjectAccessApi = {
  async bundle(schoolId: string, pupilId: string): Promise<SubjectAccessBundle> {
    const data = await read<SubjectAccessBundle>(schoolId, { kind: 'pupil', id: pupilId });
    return { ...data, consent: data.consent ?? [] };
  },
  async staffBundle(schoolId: string, personId: string): Promise<StaffSubjectAccessBundle> {
    const data = await read<StaffSubjectAccessBundle>(schoolId, { kind: 'staff', id: personId });
    return { ...data, roles: data.roles ?? [], sign_in_accounts: data.sign_in_accounts ?? [] };
  },
  // For a download link (JSON) or the report opened in a new tab (HTML).
  url(schoolId: string, subject: Subject, format: 'json' | 'html'): string {
    return pathOf(target(subject), ids(schoolId, subject), { format });
  },
};
