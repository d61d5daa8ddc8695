import { isEnvelopeField } from '../../domain/records/envelope.ts';
import type { AuditAction } from '../../domain/sync/audit.ts';
import type { Mutation } from '../../domain/sync/protocol.ts';
import type { AuditRow } from '../storage/audit.ts';
import type { MutationRecord, RecordKey, RecordsTx } from '../storage/records.ts';
import type { RecordBatch } from '../sync/record-batch.ts';
import { type AuditActor, auditEntry } from './entry.ts';
import { attachmentOwner, personOf } from './subjects.ts';

/** The answers whose change is stored: a conflict too (the record takes a new version, the other value a conflict record). */
const STORED = new Set(['applied', 'merged', 'conflict']);

/** What the audit needs to know of a record as it stood before the mutation at hand. */
interface Known {
  deleted: boolean;
  person?: string | undefined;
  owner?: RecordKey | undefined;
}

const keyOf = (table: string, id: string): string => `${table}/${id}`;

/**
 * The audit entries of one push (docs/architecture.md, "A server push"): one per stored mutation
 * whose record is about a person, with the names of the fields it set. Taken in two steps,
 * because a deletion leaves a tombstone that names no one: `before` notes whom each touched
 * record named before the batch, `entries` builds the entries after the batch was applied.
 * The push writes them in its own transaction, so an entry exists iff its change is stored.
 */
export class PushAudit {
  readonly #records: RecordBatch;
  readonly #mutations: readonly Mutation[];
  readonly #known = new Map<string, Known>();

  private constructor(records: RecordBatch, mutations: readonly Mutation[]) {
    this.#records = records;
    this.#mutations = mutations;
  }

  /** Call before the batch's mutations are applied, with the records loaded for them. */
  static before(records: RecordBatch, mutations: readonly Mutation[]): PushAudit {
    const audit = new PushAudit(records, mutations);
    for (const m of mutations) {
      const row = records.get(m.table, m.recordId);
      if (row) audit.#note(m, { deleted: row.deleted, ...audit.#subjectOf(m, row.data) });
    }
    return audit;
  }

  /**
   * The entries of the mutations `results` says were stored. An attachment's person is its
   * owner's: owners this batch did not load are read in one query.
   */
  async entries(tx: Pick<RecordsTx, 'getRecords'>, results: readonly MutationRecord[], pusher: AuditActor, at: string): Promise<AuditRow[]> {
    const stored = new Set(results.filter(({ result }) => STORED.has(result.status)).map(({ result }) => result.seq));
    const found: { m: Mutation; subject: Known }[] = [];
    // In batch order, so a record created and deleted in one batch is still known at its deletion.
    for (const m of this.#mutations) {
      if (!stored.has(m.seq)) continue;
      const before = this.#known.get(keyOf(m.table, m.recordId));
      if (before?.deleted) continue; // deleting a tombstone again changes nothing
      const after = this.#records.get(m.table, m.recordId);
      const now = this.#subjectOf(m, after && !after.deleted ? after.data : m.op === 'create' ? m.changes : undefined);
      const subject: Known = { deleted: actionOf(m) === 'delete', person: before?.person ?? now.person, owner: before?.owner ?? now.owner };
      this.#note(m, subject);
      found.push({ m, subject });
    }
    const owners = await this.#ownersOf(tx, found.flatMap(({ subject }) => (subject.person || !subject.owner ? [] : [subject.owner])));
    return found.flatMap(({ m, subject }) => {
      const owner = subject.owner && owners.get(keyOf(subject.owner.table, subject.owner.id));
      const personId = subject.person ?? (subject.owner && personOf(subject.owner.table, subject.owner.id, owner));
      if (!personId) return [];
      const fields = Object.keys(m.changes).filter((field) => !isEnvelopeField(field)).sort();
      return [auditEntry(pusher, { personId, action: actionOf(m), table: m.table, recordId: m.recordId, at, fields }, new Date(at))];
    });
  }

  #note(m: Mutation, known: Known): void {
    this.#known.set(keyOf(m.table, m.recordId), known);
  }

  #subjectOf(m: Mutation, data: Readonly<Record<string, unknown>> | undefined): Omit<Known, 'deleted'> {
    return m.table === 'attachments' ? { owner: attachmentOwner(data) } : { person: personOf(m.table, m.recordId, data) };
  }

  /** The owners' data: from the batch when it holds them (perhaps written by it), else from the database. */
  async #ownersOf(tx: Pick<RecordsTx, 'getRecords'>, keys: readonly RecordKey[]): Promise<Map<string, Record<string, unknown>>> {
    const data = new Map<string, Record<string, unknown>>();
    const missing: RecordKey[] = [];
    for (const key of keys) {
      const held = this.#records.get(key.table, key.id);
      if (held) data.set(keyOf(key.table, key.id), held.data);
      else missing.push(key);
    }
    if (missing.length > 0) for (const row of await tx.getRecords(missing)) data.set(keyOf(row.table, row.id), row.data);
    return data;
  }
}

function actionOf(m: Mutation): AuditAction {
  return m.op === 'delete' || m.changes.deleted === true ? 'delete' : m.op;
}
