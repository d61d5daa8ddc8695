import { openDatabase, type SportelloDb } from '../../db/database.ts';

/**
 * The device database of this tab. main.tsx opens it at start-up, before the first render;
 * modules import this binding, which is live, and pass it to the queries and writes of
 * src/db. Tests and benchmarks open databases of their own (src/db's openDatabase).
 */
export let db: SportelloDb;

export function openAppDatabase(): SportelloDb {
  db ??= openDatabase();
  return db;
}
