import { Dexie } from 'dexie';
import type { Person } from '../domain/records/person.ts';
import type { Visit } from '../domain/records/visit.ts';
import type { SportelloDb } from './database.ts';
import { stripLocalFields, type LocalRow } from './localFields.ts';

/**
 * Front-desk reads of visits (the writes, which need the record schemas, are in
 * visitWrites.ts, out of the desk's initial bundle). Every query is a range of the `[personId+date]` or
 * `[siteId+date]` index, so its cost depends on one person's or one day's visits, never on the
 * size of the table.
 */

/** A person's visits, newest first (same day: most recently recorded first). */
export async function visitsOfPerson(db: SportelloDb, personId: string): Promise<Visit[]> {
  const rows = await db.visits
    .where('[personId+date]')
    .between([personId, Dexie.minKey], [personId, Dexie.maxKey])
    .reverse()
    .toArray();
  return newestFirst(rows.filter((v) => !v.deleted));
}

/** The visits recorded at a site on one day, newest first. */
export async function visitsOnDay(db: SportelloDb, siteId: string, date: string): Promise<Visit[]> {
  const rows = await db.visits.where('[siteId+date]').equals([siteId, date]).toArray();
  return newestFirst(rows.filter((v) => !v.deleted));
}

/**
 * The person's visits at one site on one day, newest first: what the visit form warns about
 * before a second visit the same day at the same desk. One `[personId+date]` key — a person's
 * visits of a day — then the site; `exceptId` leaves out the visit being edited.
 */
export async function visitsAtDeskOnDay(
  db: SportelloDb,
  q: { personId: string; siteId: string; date: string; exceptId?: string | undefined },
): Promise<Visit[]> {
  const rows = await db.visits.where('[personId+date]').equals([q.personId, q.date]).toArray();
  return newestFirst(rows.filter((v) => !v.deleted && v.siteId === q.siteId && v.id !== q.exceptId));
}

export interface VisitWithPerson {
  visit: Visit;
  /** Missing only if the person's record has not reached this device (or was deleted). */
  person: Person | undefined;
}

/** "Today at this desk": the day's visits with the people they were for. */
export async function deskDay(db: SportelloDb, siteId: string, date: string): Promise<VisitWithPerson[]> {
  const visits = await visitsOnDay(db, siteId, date);
  const people = await db.people.bulkGet([...new Set(visits.map((v) => v.personId))]);
  const byId = new Map<string, Person>();
  for (const row of people) {
    if (row && !row.deleted) byId.set(row.id, stripLocalFields<'people'>(row as LocalRow<'people'>));
  }
  return visits.map((visit) => ({ visit, person: byId.get(visit.personId) }));
}

function newestFirst(visits: Visit[]): Visit[] {
  // Dates are days; within a day the creation time orders visits (ISO strings sort by time).
  return visits.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}
