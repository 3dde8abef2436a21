// Subject access (UK GDPR art. 15, AUD-04): everything Steward holds about a pupil, as the JSON
// bundle or the self-contained HTML report. Headteacher or DPO only (the server decides).
// The addresses carry the pupil's id only; the answers are never cached.
import { send } from './client';
import { pathOf, routes } from './routes';

export interface SubjectAccessSection {
  room: string;
  title: string;
  items: unknown[];
}

export interface SubjectAccessBundle {
  format: string;
  pupil_id: string;
  generated_at: string;
  generated_by: string;
  pupil: { id: string; first_name: string; last_name: string; preferred_name?: string; year_group: string; do_not_publish?: boolean };
  consent: unknown[];
  do_not_publish: unknown;
  sections: SubjectAccessSection[];
  audit_events: unknown[];
}

const ids = (schoolId: string, pupilId: string) => ({ school_id: schoolId, pupil_id: pupilId });

export const subjectAccessApi = {
  async bundle(schoolId: string, pupilId: string): Promise<SubjectAccessBundle> {
    const data = await send<Partial<SubjectAccessBundle>>(routes.subjectAccess, ids(schoolId, pupilId));
    return {
      ...data,
      consent: data.consent ?? [], sections: data.sections ?? [], audit_events: data.audit_events ?? [],
    } as SubjectAccessBundle;
  },
  // For a download link (JSON) or the report opened in a new tab (HTML).
  url(schoolId: string, pupilId: string, format: 'json' | 'html'): string {
    return pathOf(routes.subjectAccess, ids(schoolId, pupilId), { format });
  },
};
