import { Dexie } from 'dexie';
import type { SportelloDb } from './database.ts';
import { grantsOfHousehold } from './grants.ts';
import { interventionsOfPathway, interventionsOfPerson, pathwaysOfPerson } from './pathways.ts';
import { visitsOfPerson } from './visits.ts';
import type { Grant } from '../domain/records/grant.ts';
import type { Intervention, Pathway } from '../domain/records/pathway.ts';
import type { Mediation } from '../domain/records/activities.ts';
import { mediationsOfPerson } from './mediations';
import type { Visit } from '../domain/records/visit.ts';

/**
 * Everything that happened with a person, newest first: visits, the opening and closing of her
 * pathways, their interventions and her grants. A new kind joins by adding a member to
 * `TimelineEntry`, a source to `TIMELINE_SOURCES` and a view to `TimelineEntryView` — the list,
 * its order and its markup stay as they are.
 */
interface EntryBase {
  key: string;
  /** The day it happened (YYYY-MM-DD), what the timeline is ordered by. */
  date: string;
  /** When it was recorded: orders entries of the same day. */
  recordedAt: string;
}

export type TimelineEntry = EntryBase &
  (
    | { kind: 'visit'; visit: Visit }
    | { kind: 'pathwayOpened'; pathway: Pathway }
    | { kind: 'pathwayClosed'; pathway: Pathway }
    | { kind: 'intervention'; intervention: Intervention }
    | { kind: 'grant'; grant: Grant }
    | { kind: 'mediation'; mediation: Mediation }
  );

type TimelineSource = (db: SportelloDb, personId: string) => Promise<TimelineEntry[]>;

export const visitEntry = (visit: Visit): TimelineEntry => ({
  kind: 'visit', key: `visit:${visit.id}`, date: visit.date, recordedAt: visit.createdAt, visit,
});

export const interventionEntry = (intervention: Intervention): TimelineEntry => ({
  kind: 'intervention', key: `intervention:${intervention.id}`, date: intervention.date, recordedAt: intervention.createdAt, intervention,
});

/** A pathway's opening, and its closing when closed. */
export const pathwayEntries = (pathway: Pathway): TimelineEntry[] => [
  { kind: 'pathwayOpened', key: `pathway:${pathway.id}`, date: pathway.openedOn, recordedAt: pathway.createdAt, pathway },
  ...(pathway.status === 'closed' && pathway.closedOn
    ? [{ kind: 'pathwayClosed' as const, key: `pathway-closed:${pathway.id}`, date: pathway.closedOn, recordedAt: pathway.updatedAt, pathway }]
    : []),
];

export const mediationEntry = (mediation: Mediation): TimelineEntry => ({
  kind: 'mediation', key: `mediation:${mediation.id}`, date: mediation.date, recordedAt: mediation.createdAt, mediation,
});

export const grantEntry = (grant: Grant): TimelineEntry => ({
  kind: 'grant', key: `grant:${grant.id}`, date: grant.proposedOn, recordedAt: grant.createdAt, grant,
});

const TIMELINE_SOURCES: TimelineSource[] = [
  async (db, personId) => (await visitsOfPerson(db, personId)).map(visitEntry),
  async (db, personId) => (await pathwaysOfPerson(db, personId)).flatMap(pathwayEntries),
  async (db, personId) => (await interventionsOfPerson(db, personId)).map(interventionEntry),
  // The household is counted on the person the pathway is for: her grants.
  async (db, personId) => (await grantsOfHousehold(db, personId)).map(grantEntry),
  async (db, personId) => (await mediationsOfPerson(db, personId)).map(mediationEntry),
];

export async function timelineOf(db: SportelloDb, personId: string): Promise<TimelineEntry[]> {
  const lists = await Promise.all(TIMELINE_SOURCES.map((source) => source(db, personId)));
  return sortTimeline(lists.flat());
}

/**
 * A pathway's own timeline: its interventions with the person's visits while it was open
 * (from its opening to its closing, or to today).
 */
export async function pathwayTimelineOf(db: SportelloDb, pathway: Pathway): Promise<TimelineEntry[]> {
  const [interventions, visits] = await Promise.all([
    interventionsOfPathway(db, pathway.id),
    db.visits
      .where('[personId+date]')
      .between([pathway.personId, pathway.openedOn], [pathway.personId, pathway.closedOn ?? Dexie.maxKey], true, true)
      .toArray(),
  ]);
  return sortTimeline([...interventions.map(interventionEntry), ...visits.filter((v) => !v.deleted).map(visitEntry)]);
}

export function sortTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  return entries.sort((a, b) => b.date.localeCompare(a.date) || b.recordedAt.localeCompare(a.recordedAt));
}
