import { getRecord } from '../../db/repository.ts';
import { pathwayFile, type PathwayFile } from '../../db/pathways.ts';
import type { Person } from '../../domain/records/person.ts';
import { db } from '../data/db';
import { useLiveQuery } from '../data/useLiveQuery';

/** Her record: null when not on this device, undefined while loading. */
export function usePerson(id: string): Person | null | undefined {
  return useLiveQuery(async () => (await getRecord(db, 'people', id)) ?? null, [id]);
}

/** A pathway with its person, interventions and grants, kept up to date. */
export function usePathwayFile(id: string): PathwayFile | null | undefined {
  return useLiveQuery(() => pathwayFile(db, id), [id]);
}
