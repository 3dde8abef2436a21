// The consent register's API: a pupil's history, recording a decision or a withdrawal, the
// annual collection (who has no decision), coverage per year group and the do-not-publish list.
// Shapes follow src/api/handlers/consent.cpp; the normalisers tolerate wrapped or bare lists.
import { listOf, send } from './client';
import { routes } from './routes';

export const platforms = ['facebook', 'instagram', 'x', 'youtube', 'website', 'tiktok'] as const;
export type Platform = (typeof platforms)[number];
export const givers = ['parent', 'pupil'] as const;
export type Giver = (typeof givers)[number];

export interface ConsentRecord {
  id: string;
  pupil_id?: string;
  academic_year: string;
  platform: string;
  image: boolean;
  video: boolean;
  name: boolean;
  given_by: string;
  method?: string;
  recorded_on: string;
  recorded_by?: string;
  withdrawn_on?: string | null;
  withdrawal_note?: string;
  amends_id?: string | null;
  revision?: number;
}

export interface NewConsent {
  pupil_id: string;
  academic_year: string;
  platform: string;
  image: boolean;
  video: boolean;
  name: boolean;
  given_by: string;
  method: string;
  recorded_on: string;
  amends_id?: string;
}

// The record a new decision for (year, platform) must amend: the newest one no other amends.
export function currentRecord(history: ConsentRecord[], academicYear: string, platform: string): ConsentRecord | undefined {
  return history
    .filter((record) => record.academic_year === academicYear && record.platform === platform)
    .filter((record) => !history.some((other) => other.amends_id === record.id))
    .sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0) || b.recorded_on.localeCompare(a.recorded_on))[0];
}

export interface Withdrawal {
  record: ConsentRecord;
  takedown_tasks: string[];
}

export interface MissingPupil {
  id: string;
  first_name?: string;
  last_name?: string;
  preferred_name?: string;
  year_group?: string;
}

export interface MissingGroup {
  year_group: string;
  pupils: MissingPupil[];
}

export interface Missing {
  academic_year: string;
  year_groups: MissingGroup[];
}

export interface CoverageRow {
  year_group: string;
  pupils: number;
  with_decision: number;
  image_allowed: number;
}

export interface Coverage {
  academic_year: string;
  year_groups: CoverageRow[];
}

export interface DoNotPublishEntry {
  pupil_id: string;
  first_name?: string;
  last_name?: string;
  preferred_name?: string;
  year_group?: string;
  reason: string;
  set_by?: string;
  set_at?: number | string;
  from_roster?: boolean;
}

const school = (schoolId: string) => ({ school_id: schoolId });

function pupilIdOf(pupil: Record<string, unknown>): string {
  return String(pupil.id ?? pupil.pupil_id ?? '');
}

export interface ConsentImported {
  records: number;
  pupils: number;
  withdrawn: number;
}

export const consentApi = {
  // consent.csv (the exchange format), all or nothing; a refusal lists every bad row.
  async importCsv(schoolId: string, csv: string): Promise<ConsentImported> {
    const data = await send<Partial<ConsentImported>>(routes.importConsent, school(schoolId), { body: csv, contentType: 'text/csv' });
    return { records: Number(data.records ?? 0), pupils: Number(data.pupils ?? 0), withdrawn: Number(data.withdrawn ?? 0) };
  },
  async history(schoolId: string, pupilId: string): Promise<ConsentRecord[]> {
    const data = await send<unknown>(routes.consentHistory, school(schoolId), { query: { pupil_id: pupilId } });
    return listOf<ConsentRecord>(data, 'records');
  },
  record(schoolId: string, decision: NewConsent): Promise<ConsentRecord> {
    return send<ConsentRecord | { record: ConsentRecord }>(routes.recordConsent, school(schoolId), { json: decision })
      .then((data) => ('record' in data ? data.record : data));
  },
  async withdraw(schoolId: string, recordId: string, withdrawnOn: string, note: string): Promise<Withdrawal> {
    const data = await send<Partial<Withdrawal>>(routes.withdrawConsent, { ...school(schoolId), record_id: recordId },
      { json: { withdrawn_on: withdrawnOn, note } });
    return { record: data.record as ConsentRecord, takedown_tasks: (data.takedown_tasks ?? []).map(String) };
  },
  async missing(schoolId: string, academicYear?: string): Promise<Missing> {
    const data = await send<Record<string, unknown>>(routes.consentMissing, school(schoolId), { query: { academic_year: academicYear } });
    const groups = listOf<Record<string, unknown>>(data.year_groups ?? data.groups ?? data, 'year_groups');
    return {
      academic_year: String(data.academic_year ?? academicYear ?? ''),
      year_groups: groups.map((group) => ({
        year_group: String(group.year_group ?? ''),
        pupils: listOf<Record<string, unknown>>(group.pupils, 'pupils').map((pupil) => ({ ...pupil, id: pupilIdOf(pupil) }) as MissingPupil),
      })),
    };
  },
  async coverage(schoolId: string): Promise<Coverage> {
    const data = await send<Partial<Coverage>>(routes.consentCoverage, school(schoolId));
    return { academic_year: data.academic_year ?? '', year_groups: data.year_groups ?? [] };
  },
  async doNotPublish(schoolId: string): Promise<DoNotPublishEntry[]> {
    const data = await send<unknown>(routes.doNotPublishList, school(schoolId));
    const rows = listOf<Record<string, unknown>>(data, 'pupils');
    return (rows.length > 0 ? rows : listOf<Record<string, unknown>>(data, 'entries'))
      .map((row) => ({ ...row, pupil_id: pupilIdOf(row), reason: String(row.reason ?? '') }) as DoNotPublishEntry);
  },
  setDoNotPublish(schoolId: string, pupilId: string, reason: string): Promise<unknown> {
    return send<unknown>(routes.setDoNotPublish, { ...school(schoolId), pupil_id: pupilId }, { json: { reason } });
  },
  clearDoNotPublish(schoolId: string, pupilId: string): Promise<unknown> {
    return send<unknown>(routes.clearDoNotPublish, { ...school(schoolId), pupil_id: pupilId });
  },
};
