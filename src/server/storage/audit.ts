import type { AuditAction, AuditCursor } from '../../domain/sync/audit.ts';

/** One audit entry as stored. Times are ISO strings in UTC. */
export interface AuditRow {
  id: string;
  /** When it happened: the server's time for a change or a download, the device's for a view. */
  at: string;
  /** When the server wrote it: a device's clock cannot move this one. */
  recordedAt: string;
  personId: string;
  userId: string;
  deviceId: string;
  action: AuditAction;
  table: string;
  recordId: string;
  /** Field names only, never values. */
  fields: string[];
}

/** An entry as a coordinator reads it: with the user's display name and the device's name. */
export interface AuditListing extends AuditRow {
  userName: string | null;
  deviceName: string | null;
}

/**
 * The audit log: append only. No method changes or removes an entry, and no route offers one
 * (docs/architecture.md, "Data protection"). Entries are not synced records: no device pulls them.
 */
export interface AuditTx {
  /** Appends the entries; one whose id is already recorded (a view sent again) is skipped. */
  appendAudit(entries: readonly AuditRow[]): Promise<void>;
  /**
   * One person's entries, newest first (by time, then id), at most `limit`, those after
   * `before` in that order when given. The device name is that of the user's latest session on
   * the device.
   */
  listAudit(personId: string, limit: number, before?: AuditCursor): Promise<AuditListing[]>;
}
