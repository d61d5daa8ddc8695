import { createHash } from 'node:crypto';
import { type Mutation, type MutationResult, RENUMBER_SINCE_SCHEMA_VERSION } from '../../domain/sync/protocol.ts';
import type { MutationRecord } from '../storage/records.ts';

/**
 * A device's seq belongs to the first mutation recorded under it (docs/architecture.md, "A
 * server push"). Device ids are not secret, and a tablet restored from a backup counts again
 * from an old seq: answering a seq from the log whatever was sent under it would acknowledge
 * a change that was never applied, and the device would delete it. So the log answers only the
 * same content sent again — by whoever is logged in: on a shared tablet the next operator's
 * session may resend a row whose answer was lost; another account cannot know a change's
 * content — and anything else under a used seq is told to renumber.
 */

/** What applyPush does with each mutation of a batch, in batch order. */
export type Step =
  | { kind: 'retry'; mutation: Mutation; result: MutationResult }
  | { kind: 'apply'; mutation: Mutation; digest: string }
  | { kind: 'renumber'; mutation: Mutation };

/**
 * The first mutation under a used seq stops the batch: the fresh ones after it are neither
 * applied nor answered, so that they still reach the server after it, in the device's order
 * (an edit must not arrive before the create it edits). A retry after it is answered: it was
 * applied already.
 */
export function planBatch(mutations: readonly Mutation[], recorded: ReadonlyMap<number, MutationRecord>): Step[] {
  const steps: Step[] = [];
  let renumbering = false;
  for (const mutation of mutations) {
    const digest = mutationDigest(mutation);
    const earlier = recorded.get(mutation.seq);
    if (earlier && isSameMutation(earlier, digest)) steps.push({ kind: 'retry', mutation, result: earlier.result });
    else if (renumbering) continue;
    else if (earlier) {
      steps.push({ kind: 'renumber', mutation });
      renumbering = true;
    } else steps.push({ kind: 'apply', mutation, digest });
  }
  return steps;
}

/** A row from before migration 3 has no digest: it answers any retry, as it always did. */
function isSameMutation(earlier: MutationRecord, digest: string): boolean {
  return earlier.digest === null || earlier.digest === digest;
}

/** `nextSeq`: the smallest seq greater than every seq the server holds for the device. */
export function renumberAnswer(seq: number, nextSeq: number): MutationResult {
  return {
    seq,
    status: 'renumber',
    reason: `seq ${seq} was already used on this device for a different change; the device renumbers it and sends it again`,
    nextSeq,
  };
}

/**
 * A device older than schema version 2 does not know 'renumber' nor a refusal's `code` (its answer schema is strict):
 * it hears 'rejected' with the same reason, so it keeps the row, shows it, and never deletes it.
 */
export function answersFor(schemaVersion: number, results: MutationResult[]): MutationResult[] {
  if (schemaVersion >= RENUMBER_SINCE_SCHEMA_VERSION) return results;
  return results.map(({ code: _new, ...r }) => (r.status === 'renumber' ? { seq: r.seq, status: 'rejected', ...(r.reason ? { reason: r.reason } : {}) } : r));
}

/** SHA-256 of the mutation's content (everything but its seq) as canonical JSON. */
export function mutationDigest(m: Mutation): string {
  const { table, recordId, op, baseVersion, changes, at } = m;
  return createHash('sha256').update(canonicalJson({ table, recordId, op, baseVersion, changes, at })).digest('hex');
}

/** JSON with every object's keys sorted, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    const keys = Object.keys(object).filter((key) => object[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
