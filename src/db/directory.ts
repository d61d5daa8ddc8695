import type { Operator } from '../domain/records/operator.ts';
import type { Site } from '../domain/records/site.ts';
import type { SportelloDb } from './database.ts';

/**
 * The operators and sites the server sends to the device, to name them and to offer them as
 * choices: a few dozen rows at most, read whole.
 */
export function listOperators(db: SportelloDb): Promise<Operator[]> {
  return db.operators.toArray();
}

export function listSites(db: SportelloDb): Promise<Site[]> {
  return db.sites.toArray();
}
