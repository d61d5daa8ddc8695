import type { SessionUser } from '../../domain/sync/protocol.ts';

/**
 * Who sees which site's records. Operators and mediators work at their own Case; coordinators
 * and administrators work across the network, so they see every site.
 */
export function seesAllSites(user: SessionUser): boolean {
  return user.role === 'coordinator' || user.role === 'admin';
}

/** The sites whose records the user may read and write; null for all. */
export function siteScope(user: SessionUser): readonly string[] | null {
  return seesAllSites(user) ? null : user.siteIds;
}

export function mayAccessSite(user: SessionUser, siteId: unknown): boolean {
  return typeof siteId === 'string' && (seesAllSites(user) || user.siteIds.includes(siteId));
}
