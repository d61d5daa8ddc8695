import type { SportelloDb } from './database.ts';

/**
 * Visit counts for the front desk, read from a range of the `[siteId+date]` index: a day or a
 * month of one site (a few hundred rows at most), never the whole table (docs/architecture.md, "Budgets").
 */

/** First and last possible day of the month of a YYYY-MM-DD date, as index bounds. */
export function monthBounds(date: string): [string, string] {
  const month = date.slice(0, 7);
  // "-31" bounds every month: keys are compared as strings, and no day sorts after it.
  return [`${month}-01`, `${month}-31`];
}

/** Visits at a site between two days, both included. Tombstones are not counted. */
export async function countVisits(db: SportelloDb, siteId: string, from: string, to: string): Promise<number> {
  return db.visits
    .where('[siteId+date]')
    .between([siteId, from], [siteId, to], true, true)
    .filter((v) => !v.deleted)
    .count();
}

export interface DeskCounts {
  day: number;
  month: number;
}

export async function deskCounts(db: SportelloDb, siteId: string, today: string): Promise<DeskCounts> {
  const [from, to] = monthBounds(today);
  const [day, month] = await Promise.all([countVisits(db, siteId, today, today), countVisits(db, siteId, from, to)]);
  return { day, month };
}
