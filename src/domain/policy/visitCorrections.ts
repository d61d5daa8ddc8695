import type { Visit } from '../records/visit.ts';

/**
 * Who may correct a visit — edit it or delete it — from a device: any operator at a desk of
 * the site the visit happened at. The desk's site is one of its operator's sites (the session
 * only offers those), so "the desk's site" is the whole rule; a visit of another Casa del
 * Quartiere is corrected there. Pure, so the screen offers only what the write allows
 * (src/db/visits.ts checks it again).
 */
export function mayCorrectVisit(visit: Pick<Visit, 'siteId' | 'deleted'>, desk: { siteId: string }): boolean {
  return !visit.deleted && visit.siteId === desk.siteId;
}
