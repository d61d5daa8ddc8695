/**
 * How password guessing is limited, so that a stranger can slow an account but never lock its
 * owner out (docs/architecture.md, "Data protection"):
 *
 * - Per client (its address, see `src/server/http/client-address.ts`): at most
 *   `clientFailures` failed logins in `clientWindowMs`, whatever the usernames; then 429 with
 *   Retry-After for every username. A success frees only its own attempt, so logging in to
 *   one's own account does not buy more guesses at another's. At most `clientConcurrent` of
 *   the client's logins are processed at once; the others wait their turn (the tablets of one
 *   house often share one address), and are bounded by the failures left. Kept in memory: one
 *   process sees all its clients, a restart forgets them (a few more guesses at worst), and
 *   several instances each count their own share.
 * - Per account (any username, existing or not, so the answers never tell which exist): after
 *   `accountFreeFailures` failures in `accountWindowMs`, each further attempt must wait
 *   `accountBaseDelayMs`, doubled per further failure up to `accountMaxDelayMs`, since the
 *   last failure; sooner ones get 429 with Retry-After and no password check. A delay, never a
 *   ban: the owner, from any client, waits at most the cap after the last guess (strangers on
 *   many addresses guessing each time a delay runs out can keep it there and race her for the
 *   turn; one address can guess only `clientFailures` times a window). A success clears the
 *   account's failures. Kept in the database (`login_failures`), so it holds across restarts
 *   and instances.
 * - Atomic: an attempt is counted as a failure, in memory and in the database under the
 *   username's lock, before its password is checked; a success takes it back. Parallel guesses
 *   therefore never get more checks than the limits allow.
 * - Work: at most `totalConcurrent` password checks (scrypt, 32 MiB each) run at once; up to
 *   about `queueLength` more wait; beyond that 503, before anything is counted. Unknown and
 *   disabled usernames are checked against a decoy hash, costing the same.
 */
export interface LoginPolicy {
  clientFailures: number;
  clientWindowMs: number;
  clientConcurrent: number;
  accountFreeFailures: number;
  accountWindowMs: number;
  accountBaseDelayMs: number;
  accountMaxDelayMs: number;
  totalConcurrent: number;
  queueLength: number;
}

// 20, not fewer: the tablets of one Casa del Quartiere often share one public address.
export const DEFAULT_LOGIN_POLICY: LoginPolicy = {
  clientFailures: 20,
  clientWindowMs: 15 * 60_000,
  clientConcurrent: 2,
  accountFreeFailures: 5,
  accountWindowMs: 15 * 60_000,
  accountBaseDelayMs: 1_000,
  accountMaxDelayMs: 60_000,
  totalConcurrent: 4,
  queueLength: 64,
};

/** How long from `now` an account with these recent failures must still wait; 0 when it may try. */
export function accountWaitMs(policy: LoginPolicy, failures: number, lastFailureAt: number | null, now: number): number {
  if (failures < policy.accountFreeFailures || lastFailureAt === null) return 0;
  const steps = Math.min(failures - policy.accountFreeFailures, 30);
  const delay = Math.min(policy.accountMaxDelayMs, policy.accountBaseDelayMs * 2 ** steps);
  return Math.max(0, lastFailureAt + delay - now);
}

/** Whole seconds for Retry-After, never 0 (which would invite an immediate retry). */
export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}
