import { newId } from '../../domain/ids.ts';
import type { AuditAction } from '../../domain/sync/audit.ts';
import type { AuditRow } from '../storage/audit.ts';

/** Who acted: the session's user and the device the session is bound to, never what a body says. */
export interface AuditActor {
  user: { id: string };
  deviceId: string;
}

export interface AuditFact {
  personId: string;
  action: AuditAction;
  table: string;
  recordId: string;
  /** When it happened; the server's time unless a device reports it (a view). */
  at: string;
  fields?: string[];
  /** A device's own id for the entry (a view), so the same one sent again is kept once. */
  id?: string;
}

/** One entry of the audit log (docs/architecture.md, "Data protection"), written now. */
export function auditEntry(actor: AuditActor, fact: AuditFact, now = new Date()): AuditRow {
  return {
    id: fact.id ?? newId(),
    at: fact.at,
    recordedAt: now.toISOString(),
    personId: fact.personId,
    userId: actor.user.id,
    deviceId: actor.deviceId,
    action: fact.action,
    table: fact.table,
    recordId: fact.recordId,
    fields: fact.fields ?? [],
  };
}
