import { newId } from '../../domain/ids.ts';
import { refusalOfChange, tableRefusal, withActorNames } from '../../domain/policy/changePolicy.ts';
import { recordSchemas } from '../../domain/records/index.ts';
import { tombstoneOf } from '../../domain/records/tombstone.ts';
import { mergeMutation } from '../../domain/sync/merge.ts';
import type { Mutation, MutationResult, SessionUser } from '../../domain/sync/protocol.ts';
import { formatIssues } from '../../domain/validation.ts';
import { PushAudit } from '../audit/push-entries.ts';
import { mayAccessSite } from '../auth/scope.ts';
import type { MutationRecord, RecordRow } from '../storage/records.ts';
import type { Storage } from '../storage/storage.ts';
import { changeContextOf, loadChangeContext } from './change-context.ts';
import { RecordBatch } from './record-batch.ts';
import { planBatch, renumberAnswer } from './seq-binding.ts';
import { stampFields, writeServerRecord } from './server-records.ts';

/** Who is pushing: the session's user, and the device the session is bound to. */
export interface Pusher {
  user: SessionUser;
  deviceId: string;
}

/**
 * Applies a validated batch in ONE transaction, so a crash leaves the database as before the
 * batch. Each mutation is keyed by (device, seq): the same mutation again returns its stored
 * result, so a batch sent again changes nothing and gets the same answer; another one under a
 * used seq is told to renumber (seq-binding.ts). A refused mutation is recorded too and never
 * blocks the ones after it. `refused` are the batch's mutations that failed validation, answered
 * and recorded the same way. Callable without HTTP (benchmarks).
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
    const steps = planBatch(mutations, recorded);
    const fresh = steps.flatMap((step) => (step.kind === 'apply' ? [step.mutation] : []));
    const records = await RecordBatch.load(tx, fresh.map((m) => ({ table: m.table, id: m.recordId })));
    await loadChangeContext(tx, records, fresh);
    const audit = PushAudit.before(records, fresh); // whom each record names, before a deletion erases it
    const results: MutationResult[] = [];
    const newResults: MutationRecord[] = [];
    const deletedFiles = new Set<string>();
    for (const step of steps) {
      if (step.kind === 'retry') results.push(step.result);
      else if (step.kind === 'apply') {
        const result = await applyMutation(records, pusher, step.mutation);
        newResults.push({ result, userId: pusher.user.id, digest: step.digest });
        results.push(result);
        const m = step.mutation;
        if (m.table === 'attachments' && records.get('attachments', m.recordId)?.deleted) deletedFiles.add(m.recordId);
      } else {
        // Not recorded: the seq stays the first mutation's. This batch's own seqs are not written yet.
        const highest = Math.max(await tx.maxMutationSeq(pusher.deviceId), ...newResults.map((r) => r.result.seq));
        results.push(renumberAnswer(step.mutation.seq, highest + 1));
      }
    }
    for (const rejection of refused) {
      // Only an earlier refusal answers it: an earlier applied change under its seq is another mutation's.
      const earlier = recorded.get(rejection.seq);
      if (!earlier) newResults.push({ result: rejection, userId: pusher.user.id, digest: null });
      results.push(earlier?.result.status === 'rejected' ? earlier.result : rejection);
    }
    await records.flush();
    // A deleted attachment's bytes go with it: nothing of the file stays on the server.
    for (const id of deletedFiles) {
      await tx.lockAttachment(id); // an upload still storing a chunk finishes first, then finds the record deleted
      await tx.deleteAttachmentContent(id);
    }
    await tx.putMutationResults(pusher.deviceId, newResults, at);
    await tx.appendAudit(await audit.entries(tx, newResults, pusher, at));
    return results.sort((a, b) => a.seq - b.seq); // the batch's order: its seqs increase
  });
}

async function applyMutation(records: RecordBatch, pusher: Pusher, sent: Mutation): Promise<MutationResult> {
  const stored = records.get(sent.table, sent.recordId);
  const table = tableRefusal(pusher.user, sent.table);
  if (table) return { seq: sent.seq, status: 'rejected', reason: table.message, code: table.code };
  const refusal = refusalOf(pusher.user, sent, stored);
  if (refusal) return { seq: sent.seq, status: 'rejected', reason: refusal };
  if (stored?.deleted) {
    // A tombstone holds nothing to merge onto: deleting again is done already, any other change comes too late.
    return sent.op === 'delete'
      ? { seq: sent.seq, status: 'applied', version: stored.version }
      : { seq: sent.seq, status: 'rejected', reason: 'record deleted: it can no longer be changed' };
  }
  // Who approved, excepted or settled is the session's user, whatever the body says.
  const m: Mutation = { ...sent, changes: withActorNames(sent.table, sent.changes, pusher.user.id) };

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
  const after = parsed.data as Record<string, unknown>;
  const ruled = refusalOfChange({
    actor: pusher.user, table: m.table, op: m.op, before: stored?.data, after, ...changeContextOf(records, m.table, stored?.data, after),
  });
  if (ruled) return { seq: m.seq, status: 'rejected', reason: ruled.message, code: ruled.code };

  // Every accepted mutation gives the record a new version, even when the server kept its own
  // values: the device skipped this record in pulls while its edit was pending, and the new
  // version is what brings the server's copy back to it.
  const version = await records.nextVersion();
  // A deletion keeps only the envelope (domain/records/tombstone.ts): devices pull nothing of what the record said.
  const data: Record<string, unknown> = { ...(after.deleted === true ? tombstoneOf(after) : after), version };
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

/**
 * Why this user may not touch this record (site scope, ids), or undefined when the merge
 * may go ahead; what the change itself may be is the domain's refusalOfChange, after the merge.
 */
function refusalOf(user: SessionUser, m: Mutation, stored: RecordRow | undefined): string | undefined {
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
