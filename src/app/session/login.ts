import type { TFunction } from 'i18next';
import * as z from 'zod/mini';
import { loginResponseSchema, type LoginResponse } from '../../domain/sync/protocol.ts';
import type { SportelloDb } from '../../db/database.ts';
import { deviceCredentials, renewDeviceCredentials } from '../../db/deviceId.ts';
import { SyncError, type Transport } from '../../sync/transport.ts';

export type LoginProblem = 'wrong_credentials' | 'offline' | 'too_many_attempts' | 'server';

/** Why a login did not happen; after too many attempts, how long the server asks to wait. */
export interface LoginRefusal {
  problem: LoginProblem;
  retryAfterSeconds?: number | undefined;
}

/** Logs in against the server; the server sets the session cookie, bound to this device. */
export async function login(
  db: SportelloDb,
  transport: Transport,
  username: string,
  password: string,
): Promise<{ ok: LoginResponse } | LoginRefusal> {
  const send = async (device: { deviceId: string; deviceSecret: string }) =>
    transport.request('POST', '/api/auth/login', loginResponseSchema, {
      username: username.trim(),
      password,
      ...device,
      deviceName: navigator.userAgent.slice(0, 120),
    });
  try {
    try {
      return { ok: await send(await deviceCredentials(db)) };
    } catch (error) {
      // Another tablet holds this id (src/server/auth/devices.ts): take a new one, once.
      if (!(error instanceof SyncError && error.status === 409)) throw error;
      return { ok: await send(await renewDeviceCredentials(db)) };
    }
  } catch (error) {
    if (!(error instanceof SyncError)) throw error;
    if (error.kind === 'offline') return { problem: 'offline' };
    if (error.status === 401 || error.status === 400) return { problem: 'wrong_credentials' };
    if (error.status === 429) return { problem: 'too_many_attempts', retryAfterSeconds: error.retryAfterSeconds };
    return { problem: 'server' };
  }
}

/** After too many attempts the server says how long to wait; the message says it too. */
export function refusalText(t: TFunction, { problem, retryAfterSeconds: seconds }: LoginRefusal): string {
  if (problem !== 'too_many_attempts' || seconds === undefined) return t(`session.problems.${problem}`);
  if (seconds < 60) return t('session.problems.retryInSeconds', { count: seconds });
  return t('session.problems.retryInMinutes', { count: Math.ceil(seconds / 60) });
}

/** Ends the session on the server when it can be reached; the device forgets it either way. */
export async function logoutFromServer(transport: Transport): Promise<void> {
  await transport.request('POST', '/api/auth/logout', z.unknown()).catch(() => undefined);
}
