import { applyChanges, type ChangeSet } from '../changes.ts';
import { sameValue } from '../equality.ts';
import { SERVER_OWNED_FIELDS } from '../records/envelope.ts';
import type { Mutation, MutationStatus } from './protocol.ts';

/**
 * The server's merge rule, as one pure function. Each field of a stored record remembers the
 * version that last changed it and the device that wrote it. An update made on base version B:
 * - a field no other device changed since B is applied (a device always knows its own
 *   writes, so a second edit queued behind its own unacknowledged create is no conflict);
 * - a field another device changed since B is a true conflict: the server keeps its value and
 *   both values are returned for a person to settle (nothing is silently overwritten);
 * - the outcome is "applied" when the record had not moved since B, "merged" when it had but
 *   no field overlapped, "conflict" when at least one did.
 * A delete is a tombstone: it always applies, so a deletion reaches every device.
 */
export interface StoredRecord {
  data: Record<string, unknown>;
  version: number;
  /** Per field: the version that last changed it and the device that wrote it. */
  fields: Record<string, { v: number; d: string }>;
}

export interface FieldConflict {
  field: string;
  serverValue: unknown;
  clientValue: unknown;
}

export type MergeOutcome =
  | { status: 'rejected'; reason: string }
  | {
      status: Exclude<MutationStatus, 'rejected' | 'renumber'>;
      data: Record<string, unknown>;
      /** Fields whose value this mutation set: they take the new version. */
      changedFields: string[];
      conflicts: FieldConflict[];
    };

export function mergeMutation(stored: StoredRecord | undefined, m: Mutation, deviceId: string): MergeOutcome {
  if (m.op === 'create') {
    if (stored) {
      // The same id created twice (e.g. a device restored from a backup): treat as an edit of
      // a record it has never seen, so every differing field becomes a conflict, not a loss.
      return mergeUpdate(stored, { ...m, baseVersion: 0, changes: withoutServerFields(m.changes) }, deviceId);
    }
    return { status: 'applied', data: { ...m.changes }, changedFields: Object.keys(m.changes), conflicts: [] };
  }
  if (!stored) return { status: 'rejected', reason: 'record not found' };
  if (m.baseVersion === null) return { status: 'rejected', reason: 'baseVersion is required for an update or delete' };
  if (m.op === 'delete') {
    return { status: 'applied', data: { ...stored.data, deleted: true }, changedFields: ['deleted'], conflicts: [] };
  }
  return mergeUpdate(stored, { ...m, baseVersion: m.baseVersion }, deviceId);
}

function mergeUpdate(stored: StoredRecord, m: Mutation & { baseVersion: number }, deviceId: string): MergeOutcome {
  const changes = withoutServerFields(m.changes);
  const accepted: ChangeSet = {};
  const conflicts: FieldConflict[] = [];
  for (const [field, clientValue] of Object.entries(changes)) {
    const serverValue = stored.data[field];
    const last = stored.fields[field];
    const changedOnServer = last !== undefined && last.v > m.baseVersion && last.d !== deviceId;
    if (!changedOnServer || sameValue(serverValue, clientValue)) accepted[field] = clientValue;
    else conflicts.push({ field, serverValue: serverValue ?? null, clientValue });
  }
  const status = conflicts.length > 0 ? 'conflict' : stored.version > m.baseVersion ? 'merged' : 'applied';
  return {
    status,
    data: applyChanges(stored.data, accepted),
    changedFields: Object.keys(accepted).filter((f) => !sameValue(stored.data[f], accepted[f])),
    conflicts,
  };
}

function withoutServerFields(changes: ChangeSet): ChangeSet {
  return Object.fromEntries(Object.entries(changes).filter(([k]) => !SERVER_OWNED_FIELDS.has(k)));
}
