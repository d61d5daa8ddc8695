import type { SessionUser } from './protocol.ts';

/**
 * Who settles a conflict: a coordinator or administrator always; otherwise the case manager
 * of the record it is about (a pathway, or a record that names its case manager).
 */
export function mayResolveConflict(user: Pick<SessionUser, 'id' | 'role'>, record: Record<string, unknown> | undefined): boolean {
  if (user.role === 'coordinator' || user.role === 'admin') return true;
  return record !== undefined && record.caseManagerId === user.id;
}
