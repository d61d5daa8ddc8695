import { mayCorrectVisit } from '../domain/policy/visitCorrections.ts';
import type { Fields } from '../domain/records/envelope.ts';
import type { Visit } from '../domain/records/visit.ts';
import type { SportelloDb } from './database.ts';
import { deleteRecord, RecordNotFoundError, updateRecord, type Author } from './repository.ts';

/**
 * Corrections of visits: a module of their own, apart from the desk's reads (visits.ts), which
 * the initial bundle holds — these pull in every record schema through repository.ts.
 */

/** A visit that the desk may not correct (mayCorrectVisit): the screens do not offer it. */
export class VisitNotCorrectableError extends Error {
  constructor(id: string) {
    super(`Visit ${id} belongs to another site: it is corrected there`);
    this.name = 'VisitNotCorrectableError';
  }
}

async function correctableVisit(db: SportelloDb, author: Author, id: string): Promise<Visit> {
  const row = await db.visits.get(id);
  if (!row || row.deleted) throw new RecordNotFoundError('visits', id);
  if (!mayCorrectVisit(row, author)) throw new VisitNotCorrectableError(id);
  return row;
}

/**
 * Corrects a visit (docs/architecture.md, "A local write"): only the fields that differ reach
 * the outbox. Whose visit it is and where it happened are not corrections: a visit for the
 * wrong person or site is deleted and recorded again.
 */
export async function updateVisit(db: SportelloDb, author: Author, id: string, changes: Partial<Fields<'visits'>>): Promise<Visit> {
  const { personId: _person, ...fields } = changes;
  return db.transaction('rw', [db.visits, db.outbox], async () => {
    await correctableVisit(db, author, id);
    return updateRecord(db, author, 'visits', id, fields);
  });
}

/** Deletes a visit: its tombstone keeps only the envelope, and the deletion goes to the outbox. */
export async function deleteVisit(db: SportelloDb, author: Author, id: string): Promise<void> {
  // deleteRecord's transaction also takes attachmentBlobs; a nested one needs them here too.
  await db.transaction('rw', [db.visits, db.outbox, db.attachmentBlobs], async () => {
    await correctableVisit(db, author, id);
    await deleteRecord(db, author, 'visits', id);
  });
}
