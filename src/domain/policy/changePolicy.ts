import { sameValue } from '../equality.ts';
import type { Grant } from '../records/grant.ts';
import type { TableName } from '../records/index.ts';
import type { Role } from '../records/operator.ts';
import { mayChangeSettings } from '../records/settings.ts';
import { mayResolveConflict } from '../sync/conflictRules.ts';
import { grantChangeProblem, type GrantChange, type GrantChangeProblem } from './grantChanges.ts';

/**
 * Who may make which change to which record: one pure judgement, made by the device before it
 * writes (to offer only allowed actions) and by the server on every pushed mutation
 * (docs/architecture.md, "A server push"). Site scope — which sites a user sees — is the
 * server's `mayAccessSite` and the device's own data, not repeated here.
 */
export interface ChangeActor {
  id: string;
  role: Role;
}

export interface Change {
  actor: ChangeActor;
  table: TableName;
  op: 'create' | 'update' | 'delete';
  /** The record before the change; undefined for a new one. */
  before: Record<string, unknown> | undefined;
  /** The record as it would be after the change. */
  after: Record<string, unknown>;
  /** For a grant: its pathway, the household's grants and the cap in force. */
  grant?: Omit<GrantChange, 'role' | 'before' | 'after'>;
  /** For a conflict: the record it is about, as the judge holds it. */
  conflictRecord?: Record<string, unknown>;
}

export type RefusalCode =
  | 'accounts_on_server'
  | 'sites_admin_only'
  | 'settings_not_allowed'
  | 'conflicts_server_only'
  | 'conflict_fields_fixed'
  | 'resolve_not_allowed'
  | `grant_${GrantChangeProblem['code']}`;

/** Every code, so each has its words on the device (tests/app/sync/refusalText.test.ts). */
export const REFUSAL_CODES = [
  'accounts_on_server', 'sites_admin_only', 'settings_not_allowed', 'conflicts_server_only', 'conflict_fields_fixed', 'resolve_not_allowed',
  'grant_over_cap', 'grant_exception_not_allowed', 'grant_approval_not_allowed', 'grant_transition_not_allowed', 'grant_receipt_required',
  'grant_pathway_closed', 'grant_pathway_missing', 'grant_wrong_household', 'grant_field_fixed',
] as const satisfies readonly RefusalCode[];
// Fails to compile when a code is added to RefusalCode but not to the list.
const everyCodeListed: Exclude<RefusalCode, (typeof REFUSAL_CODES)[number]> extends never ? true : never = true;
void everyCodeListed;

export interface Refusal {
  code: RefusalCode;
  /** Plain English for logs and for an app too old to translate the code. */
  message: string;
}

const CONFLICT_SETTLING_FIELDS: ReadonlySet<string> = new Set(['status', 'resolvedBy', 'resolvedAt', 'updatedAt', 'updatedBy', 'version']);

/** What a role may not change at all, whatever the record: judged before anything is read. */
export function tableRefusal(actor: ChangeActor, table: TableName): Refusal | null {
  switch (table) {
    case 'operators':
      return { code: 'accounts_on_server', message: 'operators: accounts are managed on the server, not from a device' };
    case 'sites':
      return actor.role === 'admin' ? null : { code: 'sites_admin_only', message: 'sites: only an administrator can change the sites' };
    case 'settings':
      return mayChangeSettings(actor.role) ? null : { code: 'settings_not_allowed', message: 'settings: only a coordinator or an administrator can change settings' };
    default:
      return null;
  }
}

export function refusalOfChange(change: Change): Refusal | null {
  const { actor, table, before, after } = change;
  const refused = tableRefusal(actor, table);
  if (refused) return refused;
  if (table === 'conflicts') return conflictRefusal(change);
  if (table !== 'grants') return null;
  if (!change.grant) throw new Error('A grant change is judged with its pathway, household grants and cap');
  const problem = grantChangeProblem({ ...change.grant, role: actor.role, before: before as Grant | undefined, after: after as Grant });
  return problem && { code: `grant_${problem.code}`, message: grantMessage(problem) };
}

function conflictRefusal({ actor, op, before, after, conflictRecord }: Change): Refusal | null {
  if (op !== 'update' || !before) return { code: 'conflicts_server_only', message: 'conflicts: only the server creates or deletes a conflict' };
  const moved = Object.keys({ ...before, ...after }).filter((k) => !CONFLICT_SETTLING_FIELDS.has(k) && !sameValue(before[k], after[k]));
  if (moved.length > 0 || (before.status === 'resolved' && after.status !== 'resolved')) {
    return { code: 'conflict_fields_fixed', message: `conflicts: only settling a conflict is allowed (${moved.join(', ') || 'status'})` };
  }
  if (after.status === 'resolved' && before.status !== 'resolved' && !mayResolveConflict(actor, conflictRecord)) {
    return { code: 'resolve_not_allowed', message: 'conflicts: only a coordinator or the case manager of the record can settle this conflict' };
  }
  return null;
}

function grantMessage(problem: GrantChangeProblem): string {
  switch (problem.code) {
    case 'over_cap': return `amountCents: over the household cap (${problem.remainingCents} of ${problem.capCents} cents remain)`;
    case 'exception_not_allowed': return 'capException: only a coordinator can record an exception to the household cap';
    case 'approval_not_allowed': return 'status: only a coordinator can approve a grant';
    case 'transition_not_allowed': return `status: a grant cannot go from ${problem.from} to ${problem.to}`;
    case 'receipt_required': return 'status: a grant is accounted for only with a receipt';
    case 'pathway_closed': return 'status: the pathway is closed';
    case 'pathway_missing': return 'pathwayId: no such pathway';
    case 'wrong_household': return 'householdId: not the pathway’s person';
    case 'field_fixed': return `${problem.field}: cannot change on an existing grant`;
  }
}

/**
 * The names a change records of who approved, excepted or settled are the actor's own: the
 * server puts the session's user there whatever the body said.
 */
export function withActorNames(table: TableName, changes: Record<string, unknown>, actorId: string): Record<string, unknown> {
  const named = { ...changes };
  if (table === 'grants') {
    if ('approvedBy' in named || named.status === 'approved') named.approvedBy = actorId;
    const exception = named.capException;
    if (exception !== null && typeof exception === 'object' && !Array.isArray(exception)) named.capException = { ...exception, by: actorId };
  }
  if (table === 'conflicts' && ('resolvedBy' in named || named.status === 'resolved')) named.resolvedBy = actorId;
  return named;
}
