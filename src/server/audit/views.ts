import type { View, ViewAnswer } from '../../domain/sync/audit.ts';
import type { SessionUser } from '../../domain/sync/protocol.ts';
import { mayAccessSite } from '../auth/scope.ts';
import type { Storage } from '../storage/storage.ts';
import { type AuditActor, auditEntry } from './entry.ts';

/**
 * Records the views a device reports (docs/architecture.md, "Data protection"): each under the
 * session's user and device, at the time the device gives — never later than now, so a clock
 * running ahead cannot put a view above every newer entry. A view of a person the user may not
 * see is refused, answered exactly like one the server does not hold; an id already recorded is
 * kept once and answered as recorded, so a batch whose answer was lost can be sent again.
 */
export function recordViews(storage: Storage, viewer: AuditActor & { user: SessionUser }, views: readonly View[]): Promise<ViewAnswer> {
  const now = new Date();
  const unique = [...new Map(views.map((view) => [view.id, view])).values()];
  return storage.transaction(async (tx) => {
    const personIds = [...new Set(unique.map((view) => view.personId))];
    const people = new Map((await tx.getRecords(personIds.map((id) => ({ table: 'people' as const, id })))).map((row) => [row.id, row]));
    const answer: ViewAnswer = { recorded: [], refused: [] };
    const entries = [];
    for (const view of unique) {
      const person = people.get(view.personId);
      if (!person || !mayAccessSite(viewer.user, person.siteId)) {
        answer.refused.push({ id: view.id, reason: 'person not found' });
        continue;
      }
      const at = new Date(Math.min(Date.parse(view.at), now.getTime())).toISOString();
      entries.push(auditEntry(viewer, { id: view.id, personId: view.personId, action: 'view', table: 'people', recordId: view.personId, at }, now));
      answer.recorded.push(view.id);
    }
    await tx.appendAudit(entries);
    return answer;
  });
}
