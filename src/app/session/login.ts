import * as z from 'zod/mini';
import { loginResponseSchema, type LoginResponse } from '../../domain/sync/protocol.ts';
import type { SportelloDb } from '../../db/database.ts';
import { deviceId } from '../../db/deviceId.ts';
import { SyncError, type Transport } from '../../sync/transport.ts';

export type LoginProblem = 'wrong_credentials' | 'offline' | 'too_many_attempts' | 'server';

/** Logs in against the server; the server sets the session cookie, bound to this device. */
export async function login(
  db: SportelloDb,
  transport: Transport,
  username: string,
  password: string,
): Promise<{ ok: LoginResponse } | { problem: LoginProblem }> {
  try {
    const ok = await transport.request('POST', '/api/auth/login', loginResponseSchema, {
      username: username.trim(),
      password,
      deviceId: await deviceId(db),
      deviceName: navigator.userAgent.slice(0, 120),
    });
    return { ok };
  } catch (error) {
    if (!(error instanceof SyncError)) throw error;
    if (error.kind === 'offline') return { problem: 'offline' };
    if (error.status === 401 || error.status === 400) return { problem: 'wrong_credentials' };
    if (error.status === 429) return { problem: 'too_many_attempts' };
    return { problem: 'server' };
  }
}

/** Ends the session on the server when it can be reached; the device forgets it either way. */
export async function logoutFromServer(transport: Transport): Promise<void> {
  await transport.request('POST', '/api/auth/logout', z.unknown()).catch(() => undefined);
}
