import { toStorableText } from '../../domain/storable.ts';
import { type Mutation, type MutationResult, mutationSchema } from '../../domain/sync/protocol.ts';
import { formatIssues } from '../../domain/validation.ts';

/** A refusal's reason can quote the request (an unknown key's name): it is kept short, and storable. */
const MAX_REASON_LENGTH = 500;

/**
 * A push's mutations, each validated on its own: the valid ones to apply, and a rejection for
 * each of the others, answered and recorded by its seq like any refusal, so one malformed
 * mutation never sinks its batch and a retry gets the same answer.
 */
export function validateMutations(mutations: readonly { seq: number }[]): { valid: Mutation[]; refused: MutationResult[] } {
  const valid: Mutation[] = [];
  const refused: MutationResult[] = [];
  for (const raw of mutations) {
    const parsed = mutationSchema.safeParse(raw);
    if (parsed.success) valid.push(parsed.data);
    else refused.push({ seq: raw.seq, status: 'rejected', reason: reasonOf(formatIssues(parsed.error.issues)) });
  }
  return { valid, refused };
}

function reasonOf(text: string): string {
  // Cut before making it storable: a cut between the halves of a surrogate pair leaves a lone one.
  return toStorableText(text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH)}…` : text);
}
