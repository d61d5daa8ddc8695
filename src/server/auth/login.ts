import type { LoginRequest, LoginResponse } from '../../domain/sync/protocol.ts';
import { HttpError } from '../http/errors.ts';
import type { UserRow } from '../storage/accounts.ts';
import type { Storage } from '../storage/storage.ts';
import { ClientLimits, WorkLimit } from './login-gate.ts';
import { DEFAULT_LOGIN_POLICY, type LoginPolicy, accountWaitMs, retryAfterSeconds } from './login-policy.ts';
import { type PasswordVerifier, decoyHash, verifyPassword } from './passwords.ts';
import { bindDevice } from './devices.ts';
import { openSession } from './sessions.ts';
import { normaliseUsername, sessionUser } from './users.ts';

const WRONG = 'Wrong username or password.';

export interface LoginOptions {
  /** The limits of `login-policy.ts`; tests shorten them. */
  policy?: Partial<LoginPolicy> | undefined;
  /** The scrypt check unless a test counts the checks. */
  verify?: PasswordVerifier | undefined;
  /** The limits' clock in ms; the real one unless a test moves it. */
  clock?: (() => number) | undefined;
}

export interface Logins {
  /** Checks a password and opens a session for the device; `client` says who asks (see `login-policy.ts`). */
  login(request: LoginRequest, client: string): Promise<{ token: string; response: LoginResponse }>;
}

/**
 * Logins under the policy of `login-policy.ts`. Unknown users and wrong passwords get the same
 * answer after the same work, so the answer never tells which usernames exist. One per app:
 * it holds the per-client counts.
 */
export function createLogins(storage: Storage, sessionDays: number, options: LoginOptions = {}): Logins {
  const policy: LoginPolicy = { ...DEFAULT_LOGIN_POLICY, ...options.policy };
  const verify = options.verify ?? verifyPassword;
  const clock = options.clock ?? Date.now;
  const clients = new ClientLimits(policy);
  const checks = new WorkLimit(policy.totalConcurrent, policy.queueLength);
  // Made now, so that not even the first unknown username answers later than a known one.
  decoyHash().catch(() => undefined);

  return {
    async login(request, client) {
      const now = clock();
      const username = normaliseUsername(request.username);
      const attempt = clients.begin(client, now);
      if ('waitMs' in attempt) throw tooManyAttempts('from this network', attempt.waitMs);
      try {
        const user = await attempt.run(async () => {
          // Before anything is counted for the account; the bound is loose by the few attempts
          // between this check and their turn, which is all it needs to be.
          if (checks.full) {
            attempt.forgive();
            throw new HttpError(503, 'busy', 'The server is checking too many logins at once; try again in a moment.', { retryAfterSeconds: 1 });
          }
          const reserved = await reserveAttempt(storage, policy, username, now);
          if ('waitMs' in reserved) {
            attempt.forgive(); // no password was checked
            throw tooManyAttempts('for this username', reserved.waitMs);
          }
          const found = reserved.user && !reserved.user.disabled ? reserved.user : undefined;
          const valid = await checks.run(async () => verify(request.password, found?.passwordHash ?? (await decoyHash())));
          if (!found || !valid) throw new HttpError(401, 'invalid_credentials', WRONG);
          return found;
        });
        attempt.forgive();
        const { token, session } = await storage.transaction(async (tx) => {
          await tx.clearLoginFailures(username);
          await bindDevice(tx, request.deviceId, request.deviceSecret, user.id, new Date(now).toISOString());
          return openSession(tx, user, { deviceId: request.deviceId, deviceName: request.deviceName }, sessionDays);
        });
        return { token, response: { user: sessionUser(user), expiresAt: session.expiresAt } };
      } finally {
        attempt.end();
      }
    },
  };
}

/**
 * The account's side of the policy, in one transaction under the username's lock: refuses while
 * the account must wait, else records this attempt as a failure before its password is checked.
 */
async function reserveAttempt(
  storage: Storage,
  policy: LoginPolicy,
  username: string,
  now: number,
): Promise<{ waitMs: number } | { user: UserRow | undefined }> {
  return storage.transaction(async (tx) => {
    const since = new Date(now - policy.accountWindowMs).toISOString();
    const failures = await tx.lockLoginFailures(username, since);
    const waitMs = accountWaitMs(policy, failures.count, failures.lastAt === null ? null : Date.parse(failures.lastAt), now);
    if (waitMs > 0) return { waitMs };
    await tx.recordLoginFailure(username, new Date(now).toISOString(), since);
    return { user: await tx.getUserByUsername(username) };
  });
}

function tooManyAttempts(scope: string, waitMs: number): HttpError {
  const seconds = retryAfterSeconds(waitMs);
  return new HttpError(429, 'too_many_attempts', `Too many failed logins ${scope}; try again in ${seconds} s.`, { retryAfterSeconds: seconds });
}
