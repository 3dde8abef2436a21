// Finds one pupil by id through the roster search (the API has no single-pupil read), so pages
// addressed by a pupil id can show the pupil's name in the page, never in the address.
import { api } from '../../api/client';
import type { Pupil } from '../../api/types';
import { useApi } from '../../components/use-api';

export async function findPupil(schoolId: string, pupilId: string): Promise<Pupil | undefined> {
  const found = await api.pupils(schoolId, pupilId);
  return found.pupils.find((pupil) => pupil.id === pupilId);
}

export function usePupil(schoolId: string, pupilId: string) {
  return useApi(() => findPupil(schoolId, pupilId), [schoolId, pupilId]);
}
