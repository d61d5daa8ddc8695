import { newId } from '../domain/ids.ts';
import type { SportelloDb } from './database.ts';

/** The id this device's outbox sequence numbers belong to; made once, kept with the data. */
export async function deviceId(db: SportelloDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get('deviceId');
    if (typeof row?.value === 'string') return row.value;
    const id = newId();
    await db.meta.put({ key: 'deviceId', value: id });
    return id;
  });
}
