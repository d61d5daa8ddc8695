// First: Dexie's live queries run only where a global indexedDB exists, as in the browser
// (each test device still has a database of its own).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRecord } from '../../src/db/repository.ts';
import { SyncEngine } from '../../src/sync/engine.ts';
import { createTransport } from '../../src/sync/transport.ts';
import { author, testDevice, type TestDevice } from '../db/helpers.ts';
import { fieldsOf, person } from '../domain/factories.ts';

let devices: TestDevice[] = [];
afterEach(() => {
  for (const d of devices) d.db.close();
  devices = [];
});

/** A started engine on a device that is offline: no round reaches the network. */
function offlineEngine() {
  const d = testDevice();
  devices.push(d);
  const unreachable = createTransport('http://127.0.0.1:9', () => Promise.reject(new Error('no network in this test')));
  const engine = new SyncEngine(d.db, unreachable, { isOnline: () => false, setTimer: () => null, clearTimer: () => {} });
  engine.start();
  return { db: d.db, engine };
}

describe('the sync status follows the outbox by itself', () => {
  it('a write, then a refusal, show without anyone refreshing the status', async () => {
    const { db, engine } = offlineEngine();
    const who = author();
    await createRecord(db, who, 'people', fieldsOf(person('nigerian')));
    await createRecord(db, who, 'people', fieldsOf(person('italian')));
    await vi.waitFor(() => expect(engine.getStatus()).toMatchObject({ state: 'offline', pending: 2, rejected: 0, safeToHandOver: false }));

    const [first] = (await db.outbox.toCollection().primaryKeys()) as number[];
    await db.outbox.update(first!, { rejected: { reason: 'phone: Invalid', at: new Date().toISOString() } });
    await vi.waitFor(() => expect(engine.getStatus()).toMatchObject({ pending: 1, rejected: 1 }));
    engine.stop();
  });

  it('a stopped engine no longer watches', async () => {
    const { db, engine } = offlineEngine();
    await vi.waitFor(() => expect(engine.getStatus()).toMatchObject({ pending: 0, safeToHandOver: true }));
    engine.stop();
    await createRecord(db, author(), 'people', fieldsOf(person('peruvian')));
    // A watching engine would have seen the write by the time a later query answers.
    await db.outbox.count();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engine.getStatus()).toMatchObject({ pending: 0 });
  });
});
