import { newId } from '../domain/ids.ts';
import type { SportelloDb } from './database.ts';

/** The id this device's outbox sequence numbers belong to; made once, kept with the data. */
export async function deviceId(db: SportelloDb): Promise<string> {
  return (await deviceCredentials(db)).deviceId;
}

/**
 * The id and the random secret that proves it is this tablet's (the server binds the id to the
 * secret at the first login: src/server/auth/devices.ts). A device made before secrets existed
 * gets one now, beside its old id.
 */
export async function deviceCredentials(db: SportelloDb): Promise<{ deviceId: string; deviceSecret: string }> {
  return db.transaction('rw', db.meta, async () => {
    const [id, secret] = await db.meta.bulkGet(['deviceId', 'deviceSecret']);
    const credentials = {
      deviceId: typeof id?.value === 'string' ? id.value : newId(),
      deviceSecret: typeof secret?.value === 'string' ? secret.value : randomSecret(),
    };
    if (id?.value !== credentials.deviceId || secret?.value !== credentials.deviceSecret) await storeCredentials(db, credentials);
    return credentials;
  });
}

/**
 * A new id and secret, for when the server says another tablet holds this id. The outbox keeps
 * its rows: they are sent again under the new id, whose seqs the server has never seen.
 */
export async function renewDeviceCredentials(db: SportelloDb): Promise<{ deviceId: string; deviceSecret: string }> {
  const credentials = { deviceId: newId(), deviceSecret: randomSecret() };
  await db.transaction('rw', db.meta, () => storeCredentials(db, credentials));
  return credentials;
}

async function storeCredentials(db: SportelloDb, { deviceId: id, deviceSecret }: { deviceId: string; deviceSecret: string }): Promise<void> {
  await db.meta.bulkPut([{ key: 'deviceId', value: id }, { key: 'deviceSecret', value: deviceSecret }]);
}

/** 32 random bytes in base64url (DEVICE_SECRET_PATTERN). */
function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
