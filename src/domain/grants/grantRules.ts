import { sumCents, type Cents } from '../money.ts';
import type { Grant } from '../records/grant.ts';
import type { Role } from '../records/operator.ts';

/**
 * The inclusion-grant rules (report section 3, Azione 2): grants are counted per household
 * across all its pathways; what is proposed, approved, paid or accounted for counts against
 * the household cap (€700 unless a coordinator configures another), a cancelled one does not.
 * A grant over the cap needs a coordinator's recorded exception. These run on the device, so
 * the cap holds offline, and on the server.
 */
export const DEFAULT_HOUSEHOLD_CAP_CENTS: Cents = 70_000;

type GrantStatus = Grant['status'];

/** Statuses whose amount counts against the household cap. */
export const COUNTED_STATUSES: ReadonlySet<GrantStatus> = new Set(['proposed', 'approved', 'paid', 'accounted']);

/** Allowed moves; a grant is paid only once approved and accounted for only once paid. */
const TRANSITIONS: Record<GrantStatus, readonly GrantStatus[]> = {
  proposed: ['approved', 'cancelled'],
  approved: ['paid', 'cancelled'],
  paid: ['accounted'],
  accounted: [],
  cancelled: [],
};

export type GrantProblem =
  | { code: 'pathway_closed' }
  | { code: 'over_cap'; remainingCents: Cents; capCents: Cents }
  | { code: 'exception_not_allowed' }
  | { code: 'transition_not_allowed'; from: GrantStatus; to: GrantStatus }
  | { code: 'receipt_required' };

type CountedGrant = Pick<Grant, 'householdId' | 'amountCents' | 'status' | 'deleted' | 'id'>;

/** What the household's grants commit, in cents. */
export function committedCents(grants: readonly CountedGrant[], householdId: string, exceptId?: string): Cents {
  return sumCents(
    grants
      .filter((g) => g.householdId === householdId && !g.deleted && COUNTED_STATUSES.has(g.status) && g.id !== exceptId)
      .map((g) => g.amountCents),
  );
}

export function remainingCents(grants: readonly CountedGrant[], householdId: string, capCents: Cents): Cents {
  return Math.max(0, capCents - committedCents(grants, householdId));
}

/**
 * Whether a grant of `amountCents` may be proposed for the household now. `exception` is a
 * coordinator's recorded reason for going over the cap.
 */
export function checkNewGrant(input: {
  grants: readonly CountedGrant[];
  householdId: string;
  amountCents: Cents;
  capCents: Cents;
  pathwayStatus: 'open' | 'closed';
  exception?: { reason: string; role: Role };
  /** When editing an existing grant's amount, that grant is not counted twice. */
  grantId?: string;
}): GrantProblem | null {
  if (input.pathwayStatus !== 'open') return { code: 'pathway_closed' };
  const committed = committedCents(input.grants, input.householdId, input.grantId);
  if (committed + input.amountCents <= input.capCents) return null;
  if (input.exception && input.exception.reason.trim() !== '') {
    return mayRecordCapException(input.exception.role) ? null : { code: 'exception_not_allowed' };
  }
  return { code: 'over_cap', remainingCents: Math.max(0, input.capCents - committed), capCents: input.capCents };
}

export function mayRecordCapException(role: Role): boolean {
  return role === 'coordinator' || role === 'admin';
}

/** Only a coordinator (or an administrator) approves a grant: the case manager proposes it. */
export function mayApproveGrant(role: Role): boolean {
  return role === 'coordinator' || role === 'admin';
}

export function nextStatuses(status: GrantStatus): readonly GrantStatus[] {
  return TRANSITIONS[status];
}

export function checkTransition(grant: Pick<Grant, 'status' | 'receiptAttachmentIds'>, to: GrantStatus): GrantProblem | null {
  if (!TRANSITIONS[grant.status].includes(to)) return { code: 'transition_not_allowed', from: grant.status, to };
  if (to === 'accounted' && grant.receiptAttachmentIds.length === 0) return { code: 'receipt_required' };
  return null;
}
