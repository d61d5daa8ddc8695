import { blocksClosing } from '../domain/policy/grantChanges.ts';
import type { Grant } from '../domain/records/grant.ts';
import type { Role } from '../domain/records/operator.ts';
import type { Goal, Pathway } from '../domain/records/pathway.ts';
import type { SportelloDb } from './database.ts';
import { moveGrant } from './grants.ts';
import { updateWithHistory } from './history.ts';
import { PathwayStateError, requirePathway } from './pathways.ts';
import type { Author } from './repository.ts';

/**
 * Closing a pathway. A grant still proposed or approved would be stuck once it is closed — the
 * shared rule allows only cancelling and accounting then (domain/policy/grantChanges.ts) — so the
 * operator cancels each one as she closes: the cancellations and the close are one transaction,
 * the cancellations first in the outbox, so the server judges each while the pathway is still
 * open (docs/architecture.md, "A local write", "A server push"). A paid grant stays, to be accounted for later.
 */

export class OpenGrantsError extends Error {
  constructor(readonly grantIds: readonly string[]) {
    super(`Pathway has grants not yet paid that were not cancelled: ${grantIds.join(', ')}`);
    this.name = 'OpenGrantsError';
  }
}

/** The grants a pathway cannot be closed with, the oldest proposal first. */
export async function grantsBlockingClose(db: SportelloDb, pathwayId: string): Promise<Grant[]> {
  const rows = await db.grants.where('pathwayId').equals(pathwayId).toArray();
  return rows.filter(blocksClosing).sort((a, b) => a.proposedOn.localeCompare(b.proposedOn) || a.createdAt.localeCompare(b.createdAt));
}

export interface Closing {
  closedOn: string;
  outcome: string | undefined;
  goals: Goal[];
  /** The grants she chose to cancel: every one still proposed or approved (OpenGrantsError otherwise). */
  cancelGrantIds: readonly string[];
}

/**
 * Cancels the chosen open grants (each through moveGrant, judged with the role by the shared
 * rule), then closes the pathway with its outcome and each goal's final status. A grant not
 * chosen — one that reached this device after the form was drawn — refuses the whole close.
 */
export async function closePathway(db: SportelloDb, author: Author, role: Role, id: string, closing: Closing): Promise<Pathway> {
  return db.transaction('rw', [db.pathways, db.grants, db.settings, db.outbox, db.meta], async () => {
    const current = await requirePathway(db, id);
    if (current.status === 'closed') throw new PathwayStateError('already_closed');
    const open = await grantsBlockingClose(db, id);
    const chosen = new Set(closing.cancelGrantIds);
    const unchosen = open.filter((g) => !chosen.has(g.id));
    if (unchosen.length > 0) throw new OpenGrantsError(unchosen.map((g) => g.id));
    for (const grant of open) await moveGrant(db, author, role, grant.id, 'cancelled');
    return updateWithHistory(db, author, 'pathways', id, {
      status: 'closed', closedOn: closing.closedOn, outcome: closing.outcome, goals: closing.goals,
    });
  });
}
