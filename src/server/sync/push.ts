import { newId } from '../../domain/ids.ts';
import { mayChangeSettings, recordSchemas } from '../../domain/records/index.ts';
import { mergeMutation } from '../../domain/sync/merge.ts';
import type { Mutation, MutationResult, SessionUser } from '../../domain/sync/protocol.ts';
import { formatIssues } from '../../domain/validation.ts';
import { mayAccessSite } from '../auth/scope.ts';
import type { RecordRow } from '../storage/records.ts';
import type { Storage } from '../storage/storage.ts';
import { RecordBatch } from './record-batch.ts';
import { stampFields, writeServerRecord } from './server-records.ts';

/** Who is pushing: the session's user, and the device the session is bound to. */
export interface Pusher {
  user: SessionUser;
  deviceId: string;
}

/**
 * Applies a validated batch in ONE transaction, so a crash leaves the database as before the
 * batch. Each mutation is keyed by (device, seq): one already recorded returns its stored
 * result, so a batch sent again changes nothing and gets the same answer. A refused mutation
 * is recorded too and never blocks the ones after it. `refused` are the batch's mutations that
 * failed validation, answered and recorded the same way. Callable without HTTP (benchmarks).
 */
export function applyPush(
  storage: Storage,
  pusher: Pusher,
  mutations: readonly Mutation[],
  refused: readonly MutationResult[] = [],
): Promise<MutationResult[]> {
  return storage.transaction(async (tx) => {
    // Before reading: another push committing in between would make this one merge onto a stale record.
    await tx.lockRecords();
    const at = new Date().toISOString();
    const recorded = await tx.getMutationResults(pusher.deviceId, [...mutations, ...refused].map((m) => m.seq));
    const fresh = mutations.filter((m) => !recorded.has(m.seq));
    const records = await RecordBatch.load(tx, fresh.map((m) => ({ table: m.table, id: m.recordId })));
    const results: MutationResult[] = [];
    const newResults: MutationResult[] = [];
    for (const m of mutations) {
      const earlier = recorded.get(m.seq);
      const result = earlier ?? (await applyMutation(records, pusher, m));
      if (!earlier) newResults.push(result);
      results.push(result);
    }
    for (const rejection of refused) {
      const earlier = recorded.get(rejection.seq);
      if (!earlier) newResults.push(rejection);
      results.push(earlier ?? rejection);
    }
    await records.flush();
    await tx.putMutationResults(pusher.deviceId, newResults, at);
    return results.sort((a, b) => a.seq - b.seq); // the batch's order: its seqs increase
  });
}

async function applyMutation(records: RecordBatch, pusher: Pusher, m: Mutation): Promise<MutationResult> {
  const stored = records.get(m.table, m.recordId);
  const refusal = refusalOf(pusher.user, m, stored);
  if (refusal) return { seq: m.seq, status: 'rejected', reason: refusal };

  const outcome = mergeMutation(stored, m, pusher.deviceId);
  if (outcome.status === 'rejected') return { seq: m.seq, status: 'rejected', reason: outcome.reason };

  const changed = outcome.changedFields.length > 0;
  const envelope = stored
    ? {
        id: stored.id,
        siteId: stored.siteId,
        createdAt: stored.data.createdAt,
        // A mutation the server kept nothing of (every field in conflict) does not become the record's author.
        updatedAt: changed ? m.at : stored.data.updatedAt,
        updatedBy: changed ? pusher.user.id : stored.data.updatedBy,
      }
    : { id: m.recordId, createdAt: m.changes.createdAt ?? m.at, updatedAt: m.at, updatedBy: pusher.user.id };
  // Validated before a version is taken, so a refused mutation leaves no gap in the versions.
  const parsed = recordSchemas[m.table].safeParse({ ...outcome.data, ...envelope, version: 0 });
  if (!parsed.success) return { seq: m.seq, status: 'rejected', reason: formatIssues(parsed.error.issues) };

  // Every accepted mutation gives the record a new version, even when the server kept its own
  // values: the device skipped this record in pulls while its edit was pending, and the new
  // version is what brings the server's copy back to it.
  const version = await records.nextVersion();
  const data: Record<string, unknown> = { ...(parsed.data as Record<string, unknown>), version };
  const row: RecordRow = {
    table: m.table,
    id: m.recordId,
    siteId: String(data.siteId),
    version,
    deleted: data.deleted === true,
    data,
    fields: stampFields(stored?.fields ?? {}, outcome.changedFields, version, pusher.deviceId),
  };
  await records.putRecords([row]);

  for (const conflict of outcome.conflicts) {
    await writeServerRecord(
      records,
      'conflicts',
      {
        id: newId(),
        siteId: row.siteId,
        createdAt: m.at,
        updatedAt: m.at,
        updatedBy: pusher.user.id,
        deleted: false,
        table: m.table,
        recordId: m.recordId,
        field: conflict.field,
        serverValue: conflict.serverValue,
        clientValue: conflict.clientValue,
        clientDeviceId: pusher.deviceId,
        clientAuthor: pusher.user.id,
        status: 'open',
      },
      pusher.deviceId,
    );
  }
  return {
    seq: m.seq,
    status: outcome.status,
    version,
    ...(outcome.conflicts.length > 0 ? { conflictFields: outcome.conflicts.map((c) => c.field) } : {}),
  };
}

/** Why this user may not make this mutation at all, or undefined when the merge may go ahead. */
function refusalOf(user: SessionUser, m: Mutation, stored: RecordRow | undefined): string | undefined {
  if (m.table === 'operators') return 'operators: accounts are managed on the server, not from a device';
  if (m.table === 'sites' && user.role !== 'admin') return 'sites: only an administrator can change the sites';
  if (m.table === 'settings' && !mayChangeSettings(user.role)) return 'settings: only a coordinator or an administrator can change settings';
  if (stored) {
    // A record the user cannot see does not exist for them: the answer does not say otherwise.
    if (!mayAccessSite(user, stored.siteId)) return m.op === 'create' ? 'id: already used by another record' : 'record not found';
    return undefined;
  }
  if (m.op !== 'create') return undefined; // the merge answers "record not found"
  if (m.changes.id !== undefined && m.changes.id !== m.recordId) return 'id: does not match the mutation’s recordId';
  if (m.changes.siteId === undefined || m.changes.siteId === null) return 'siteId: This field is required';
  if (!mayAccessSite(user, m.changes.siteId)) return `siteId: you cannot add records to site ${JSON.stringify(m.changes.siteId)}`;
  return undefined;
}
