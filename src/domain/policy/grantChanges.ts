import type { Cents } from '../money.ts';
import type { Grant } from '../records/grant.ts';
import type { Role } from '../records/operator.ts';
import type { Pathway } from '../records/pathway.ts';
import {
  checkTransition, committedCents, COUNTED_STATUSES, mayApproveGrant, mayRecordCapException, nextStatuses, type GrantProblem,
} from '../grants/grantRules.ts';
import { sameValue } from '../equality.ts';

/**
 * Whether one change to a grant is allowed, judged on the grant before and after it. The device
 * runs it before writing (so only allowed actions are offered and written) and the server again
 * on every pushed mutation, with the household's grants of every site (docs/architecture.md,
 * "Domain": rules).
 */
export interface GrantChange {
  role: Role;
  /** The grant as it was; undefined for a new one. */
  before: Grant | undefined;
  after: Grant;
  /** The pathway the grant belongs to; undefined when it does not exist. */
  pathway: Pick<Pathway, 'personId' | 'status'> | undefined;
  /** Every grant of the household that the judge can see (the server: every site's). */
  householdGrants: readonly Pick<Grant, 'householdId' | 'amountCents' | 'status' | 'deleted' | 'id'>[];
  capCents: Cents;
}

export type GrantChangeProblem =
  | GrantProblem
  | { code: 'pathway_missing' }
  | { code: 'wrong_household' }
  | { code: 'field_fixed'; field: 'pathwayId' | 'householdId' | 'amountCents' }
  | { code: 'approval_not_allowed' };

/** Moves a closed pathway's grant may still make: its money is settled or given back. */
const AFTER_CLOSING: ReadonlySet<Grant['status']> = new Set(['accounted', 'cancelled']);

export type GrantMove = Exclude<Grant['status'], 'proposed'>;

/** What the role and the pathway's status forbid of a move the transitions allow. */
function moveProblem(role: Role, to: Grant['status'], pathwayStatus: Pathway['status']): GrantChangeProblem | null {
  if (to === 'approved' && !mayApproveGrant(role)) return { code: 'approval_not_allowed' };
  if (pathwayStatus !== 'open' && !AFTER_CLOSING.has(to)) return { code: 'pathway_closed' };
  return null;
}

/**
 * The moves `role` may make on a grant now, by the rule below: what the device offers. A
 * receipt is not asked here — accounting is offered, and refused in words until one is attached.
 */
export function allowedGrantMoves(role: Role, grant: Pick<Grant, 'status'>, pathwayStatus: Pathway['status']): GrantMove[] {
  return nextStatuses(grant.status).filter((to): to is GrantMove => to !== 'proposed' && moveProblem(role, to, pathwayStatus) === null);
}

/**
 * Whether a grant would be stuck on a closed pathway — it still has a move that closing forbids
 * (approval, payment) — so it is cancelled before the pathway is closed. A paid grant is not:
 * it is accounted for after closing.
 */
export function blocksClosing(grant: Pick<Grant, 'status' | 'deleted'>): boolean {
  return !grant.deleted && nextStatuses(grant.status).some((to) => !AFTER_CLOSING.has(to));
}

export function grantChangeProblem(change: GrantChange): GrantChangeProblem | null {
  const { before, after, pathway, role } = change;
  if (after.deleted) return null; // a tombstone commits nothing; who may delete is the site scope's
  if (!pathway) return { code: 'pathway_missing' };
  if (before) {
    for (const field of ['pathwayId', 'householdId'] as const) {
      if (before[field] !== after[field]) return { code: 'field_fixed', field };
    }
    if (before.amountCents !== after.amountCents && before.status !== 'proposed') return { code: 'field_fixed', field: 'amountCents' };
  } else if (after.householdId !== pathway.personId) {
    return { code: 'wrong_household' };
  }

  const from = before?.status;
  if (from === undefined) {
    if (after.status !== 'proposed') return { code: 'transition_not_allowed', from: 'proposed', to: after.status };
    if (pathway.status !== 'open') return { code: 'pathway_closed' };
  } else if (from !== after.status) {
    const problem = checkTransition({ status: from, receiptAttachmentIds: after.receiptAttachmentIds }, after.status)
      ?? moveProblem(role, after.status, pathway.status);
    if (problem) return problem;
  }
  if (!before && (after.approvedBy !== undefined || after.approvedOn !== undefined)) return { code: 'approval_not_allowed' };

  const exceptionChanged = !sameValue(before?.capException, after.capException);
  if (exceptionChanged && after.capException !== undefined && !mayRecordCapException(role)) return { code: 'exception_not_allowed' };
  // An exception counts only when recorded with this very change: an old one does not cover a larger amount.
  const grows = !before || before.amountCents < after.amountCents;
  const newException = exceptionChanged && (after.capException?.reason.trim() ?? '') !== '';
  if (grows && COUNTED_STATUSES.has(after.status) && !newException) {
    const committed = committedCents(change.householdGrants, after.householdId, after.id);
    if (committed + after.amountCents > change.capCents) {
      return { code: 'over_cap', remainingCents: Math.max(0, change.capCents - committed), capCents: change.capCents };
    }
  }
  return null;
}
