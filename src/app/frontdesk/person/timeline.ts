import type { SportelloDb } from '../../../db/database.ts';
import { visitsOfPerson } from '../../../db/visits.ts';
import type { Visit } from '../../../domain/records/visit.ts';

/**
 * Everything that happened with a person, newest first. Today only visits; pathways, grants
 * and mediations join by adding a member to `TimelineEntry`, a source to `TIMELINE_SOURCES`
 * and a view to `TimelineEntryView` — the list, its order and its markup stay as they are.
 */
export type TimelineEntry = {
  kind: 'visit';
  key: string;
  /** The day it happened (YYYY-MM-DD), what the timeline is ordered by. */
  date: string;
  /** When it was recorded: orders entries of the same day. */
  recordedAt: string;
  visit: Visit;
};

type TimelineSource = (db: SportelloDb, personId: string) => Promise<TimelineEntry[]>;

const TIMELINE_SOURCES: TimelineSource[] = [
  async (db, personId) =>
    (await visitsOfPerson(db, personId)).map((visit) => ({
      kind: 'visit' as const,
      key: `visit:${visit.id}`,
      date: visit.date,
      recordedAt: visit.createdAt,
      visit,
    })),
];

export async function timelineOf(db: SportelloDb, personId: string): Promise<TimelineEntry[]> {
  const lists = await Promise.all(TIMELINE_SOURCES.map((source) => source(db, personId)));
  return sortTimeline(lists.flat());
}

export function sortTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  return entries.sort((a, b) => b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt));
}
