import type { LoginRequest, LoginResponse } from '../../domain/sync/protocol.ts';
import { HttpError } from '../http/errors.ts';
import type { Storage } from '../storage/storage.ts';
import { verifyAgainstDecoy, verifyPassword } from './passwords.ts';
import { openSession } from './sessions.ts';
import { normaliseUsername, sessionUser } from './users.ts';

export const LOGIN_MAX_FAILURES = 10;
export const LOGIN_WINDOW_MS = 15 * 60_000;

const WRONG = 'Wrong username or password.';

/**
 * Checks a password and opens a session for the device. Unknown users and wrong passwords get
 * the same answer after the same work, so the answer never tells which usernames exist; after
 * too many failures on one username it refuses to check at all for a while.
 */
export async function login(
  storage: Storage,
  request: LoginRequest,
  sessionDays: number,
  now = new Date(),
): Promise<{ token: string; response: LoginResponse }> {
  const username = normaliseUsername(request.username);
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  const { failures, user } = await storage.transaction(async (tx) => ({
    failures: await tx.countLoginFailures(username, windowStart),
    user: await tx.getUserByUsername(username),
  }));
  if (failures >= LOGIN_MAX_FAILURES) {
    throw new HttpError(429, 'too_many_attempts', 'Too many failed logins for this username; wait 15 minutes and try again.');
  }
  const valid = user && !user.disabled ? await verifyPassword(request.password, user.passwordHash) : await verifyAgainstDecoy(request.password);
  if (!user || !valid) {
    await storage.transaction((tx) => tx.recordLoginFailure(username, now.toISOString(), windowStart));
    throw new HttpError(401, 'invalid_credentials', WRONG);
  }
  const { token, session } = await storage.transaction(async (tx) => {
    await tx.clearLoginFailures(username);
    return openSession(tx, user, { deviceId: request.deviceId, deviceName: request.deviceName }, sessionDays, now);
  });
  return { token, response: { user: sessionUser(user), expiresAt: session.expiresAt } };
}
