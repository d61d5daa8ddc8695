import { listOperators, listSites } from '../../db/directory.ts';
import type { Operator } from '../../domain/records/operator.ts';
import type { Site } from '../../domain/records/site.ts';
import { db } from './db';
import { useLiveQuery } from './useLiveQuery';

/** The operators the server sent to this device (deleted ones included); undefined while read. */
export function useOperators(): Operator[] | undefined {
  return useLiveQuery(() => listOperators(db), []);
}

/** The sites the server sent to this device (deleted ones included); undefined while read. */
export function useSites(): Site[] | undefined {
  return useLiveQuery(() => listSites(db), []);
}
