import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpError } from '../http/errors.ts';
import type { AccountsTx } from '../storage/accounts.ts';

/**
 * A device id belongs to the tablet that first logged in with it (docs/architecture.md, "Data
 * protection"). Ids are not secret — they travel in conflicts and session lists — and the merge
 * trusts a device's own earlier writes, so a session under another tablet's id could overwrite
 * its fields unseen. The tablet keeps a random secret beside its id; the first login binds the
 * id to the secret's hash, and a login under a bound id without that secret is refused. Any
 * operator of the tablet logs in under it: the secret proves the tablet, not the person.
 */
export async function bindDevice(tx: AccountsTx, deviceId: string, secret: string | undefined, userId: string, at: string): Promise<void> {
  const bound = await tx.getDeviceSecretHash(deviceId);
  if (bound === undefined) {
    // An app of schema version 1 sends no secret: its id stays unbound, as before.
    if (secret !== undefined) await tx.registerDevice(deviceId, hashSecret(secret), userId, at);
    return;
  }
  if (secret === undefined || !sameHash(bound, hashSecret(secret))) {
    throw new HttpError(409, 'device_taken', 'This device id belongs to another tablet: the app makes itself a new one and logs in again.');
  }
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
