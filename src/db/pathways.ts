import { followUpTiming, pendingFollowUps, type FollowUpTiming } from '../domain/pathways/followUps.ts';
import type { Intervention, Pathway } from '../domain/records/pathway.ts';
import type { Person } from '../domain/records/person.ts';
import type { Grant } from '../domain/records/grant.ts';
import type { SportelloDb } from './database.ts';
import { createWithHistory, updateWithHistory } from './history.ts';
import { stripLocalFields, type LocalRow } from './localFields.ts';
import { RecordNotFoundError, type Author, type Fields } from './repository.ts';

/**
 * Care pathways ("percorsi individualizzati") and their interventions on the device. Every read
 * is a range of one index (a person's, a case manager's or a pathway's rows), never a scan of
 * the table. Writes go through the repository (record + outbox in one transaction), with the
 * edit history kept like a person's, so a close or a reopen can be traced on the device.
 */

export type PathwayFields = Fields<'pathways'> & { siteId: string };
export type InterventionFields = Fields<'interventions'>;

const live = <T extends { deleted: boolean }>(rows: (T | undefined)[]): T[] =>
  rows.filter((r): r is T => r !== undefined && !r.deleted);

/** A person's pathways, the most recently opened first. */
export async function pathwaysOfPerson(db: SportelloDb, personId: string): Promise<Pathway[]> {
  const rows = live(await db.pathways.where('personId').equals(personId).toArray());
  return rows.sort((a, b) => b.openedOn.localeCompare(a.openedOn) || b.createdAt.localeCompare(a.createdAt));
}

/** The open pathways a case manager follows, the oldest first (the longest waiting on top). */
export async function openPathwaysOf(db: SportelloDb, caseManagerId: string): Promise<Pathway[]> {
  const rows = live(await db.pathways.where('caseManagerId').equals(caseManagerId).toArray());
  return rows
    .filter((p) => p.status === 'open')
    .sort((a, b) => a.openedOn.localeCompare(b.openedOn) || a.createdAt.localeCompare(b.createdAt));
}

/** The interventions of a pathway, the newest first. */
export async function interventionsOfPathway(db: SportelloDb, pathwayId: string): Promise<Intervention[]> {
  return newestFirst(live(await db.interventions.where('pathwayId').equals(pathwayId).toArray()));
}

/** All of a person's interventions (across her pathways), the newest first. */
export async function interventionsOfPerson(db: SportelloDb, personId: string): Promise<Intervention[]> {
  return newestFirst(live(await db.interventions.where('personId').equals(personId).toArray()));
}

function newestFirst(rows: Intervention[]): Intervention[] {
  return rows.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

export interface FollowUp {
  intervention: Intervention & { followUpOn: string };
  pathway: Pathway;
  /** Missing only if her record has not reached this device. */
  person: Person | undefined;
  timing: FollowUpTiming;
}

/**
 * The follow-ups still to do in the case manager's open pathways, overdue ones first, then
 * today's and the upcoming (the rule: domain/pathways/followUps.ts). Read through her pathways
 * (a few dozen), then each pathway's interventions.
 */
export async function followUpsDue(db: SportelloDb, caseManagerId: string, today: string): Promise<FollowUp[]> {
  const pathways = await openPathwaysOf(db, caseManagerId);
  if (pathways.length === 0) return [];
  const byId = new Map(pathways.map((p) => [p.id, p]));
  const interventions = live(await db.interventions.where('pathwayId').anyOf([...byId.keys()]).toArray());
  const people = await peopleById(db, pathways.map((p) => p.personId));
  return pendingFollowUps(interventions).map((intervention) => {
    const pathway = byId.get(intervention.pathwayId)!;
    return { intervention, pathway, person: people.get(pathway.personId), timing: followUpTiming(intervention.followUpOn, today) };
  });
}

/** People by id, for the lists that name them. */
export async function peopleById(db: SportelloDb, ids: readonly string[]): Promise<Map<string, Person>> {
  const unique = [...new Set(ids)];
  const rows = await db.people.bulkGet(unique);
  const byId = new Map<string, Person>();
  for (const row of rows) if (row && !row.deleted) byId.set(row.id, stripLocalFields<'people'>(row as LocalRow<'people'>));
  return byId;
}

export interface PathwaySummary {
  pathway: Pathway;
  person: Person | undefined;
  /** Its earliest follow-up still to do, overdue or not, if any. */
  nextFollowUp: { on: string; timing: FollowUpTiming } | undefined;
}

/** "My pathways": her open pathways with the person and the next follow-up of each. */
export async function myOpenPathways(db: SportelloDb, caseManagerId: string, today: string): Promise<PathwaySummary[]> {
  const [pathways, followUps] = await Promise.all([openPathwaysOf(db, caseManagerId), followUpsDue(db, caseManagerId, today)]);
  const people = await peopleById(db, pathways.map((p) => p.personId));
  const next = new Map<string, PathwaySummary['nextFollowUp']>();
  for (const f of followUps) if (!next.has(f.pathway.id)) next.set(f.pathway.id, { on: f.intervention.followUpOn, timing: f.timing });
  return pathways.map((pathway) => ({ pathway, person: people.get(pathway.personId), nextFollowUp: next.get(pathway.id) }));
}

export async function openPathway(db: SportelloDb, author: Author, fields: Omit<PathwayFields, 'status'>): Promise<Pathway> {
  // The pathway belongs to the site it is followed at, which may not be the desk's default.
  return createWithHistory(db, { ...author, siteId: fields.siteId }, 'pathways', { ...fields, status: 'open' });
}

/** What an edit of an open pathway may change (not its status: see close and reopen). */
export type PathwayEdit = Partial<Pick<Pathway, 'caseManagerId' | 'openedOn' | 'fragilities' | 'fragilityOther' | 'mainRequest' | 'goals'>>;

export async function editPathway(db: SportelloDb, author: Author, id: string, changes: PathwayEdit): Promise<Pathway> {
  return updateWithHistory(db, author, 'pathways', id, changes);
}

export class PathwayStateError extends Error {
  constructor(readonly problem: 'already_closed' | 'already_open') {
    super(`Pathway ${problem.replace('_', ' ')}`);
    this.name = 'PathwayStateError';
  }
}

/**
 * Reopens a closed pathway, saying why. The closing date goes (the pathway is open again); the
 * outcome stays, shown as the previous outcome, and the edit history keeps both.
 */
export async function reopenPathway(db: SportelloDb, author: Author, id: string, reason: string): Promise<Pathway> {
  return db.transaction('rw', [db.pathways, db.outbox, db.meta], async () => {
    const current = await requirePathway(db, id);
    if (current.status === 'open') throw new PathwayStateError('already_open');
    return updateWithHistory(db, author, 'pathways', id, { status: 'open', closedOn: undefined, reopenReason: reason });
  });
}

export async function requirePathway(db: SportelloDb, id: string): Promise<Pathway> {
  const row = await db.pathways.get(id);
  if (!row || row.deleted) throw new RecordNotFoundError('pathways', id);
  return row;
}

/**
 * Records an intervention on a pathway. It carries the pathway's person (for her timeline) and
 * site (so it syncs with the pathway), whatever the desk's site.
 */
export async function addIntervention(
  db: SportelloDb,
  author: Author,
  pathway: Pick<Pathway, 'id' | 'personId' | 'siteId'>,
  fields: Omit<InterventionFields, 'pathwayId' | 'personId'>,
): Promise<Intervention> {
  return createWithHistory(db, { ...author, siteId: pathway.siteId }, 'interventions', {
    ...fields, pathwayId: pathway.id, personId: pathway.personId,
  });
}

/** The records a pathway's page shows. */
export interface PathwayFile {
  pathway: Pathway;
  person: Person | undefined;
  interventions: Intervention[];
  grants: Grant[];
}

export async function pathwayFile(db: SportelloDb, id: string): Promise<PathwayFile | null> {
  const row = await db.pathways.get(id);
  if (!row || row.deleted) return null;
  const [people, interventions, grants] = await Promise.all([
    peopleById(db, [row.personId]),
    interventionsOfPathway(db, id),
    db.grants.where('pathwayId').equals(id).toArray(),
  ]);
  return {
    pathway: row,
    person: people.get(row.personId),
    interventions,
    grants: live(grants).sort((a, b) => b.proposedOn.localeCompare(a.proposedOn) || b.createdAt.localeCompare(a.createdAt)),
  };
}
