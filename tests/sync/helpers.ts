import type { SportelloDb } from '../../src/db/database.ts';
import { deviceId } from '../../src/db/deviceId.ts';
import { stripLocalFields } from '../../src/db/localFields.ts';
import type { Author } from '../../src/db/repository.ts';
import { TABLE_NAMES, type TableName } from '../../src/domain/records/index.ts';
import { SyncEngine } from '../../src/sync/engine.ts';
import { type FetchLike, createTransport } from '../../src/sync/transport.ts';
import { testDevice } from '../db/helpers.ts';
import { type Client, login } from '../server/helpers.ts';

/**
 * A simulated tablet: its own IndexedDB, logged in to the server as one operator, with the
 * real sync engine. `faults` sits between the engine and the network, so a test can drop or
 * delay any request; `connect` points the tablet at another server address (after a restart).
 */
export interface Tablet {
  db: SportelloDb;
  client: Client;
  author: Author;
  engine: SyncEngine;
  faults: { wrap: ((fetch: FetchLike) => FetchLike) | null };
  connect(baseUrl: string): void;
  /** One sync round; throws with the engine's last error if it failed. */
  sync(): Promise<void>;
}

/** `deviceId`: a tablet with another's device id (its database restored or wiped, or another account using that id). */
export async function tablet(baseUrl: string, username: string, password?: string, options: { deviceId?: string } = {}): Promise<Tablet> {
  const { db } = testDevice();
  if (options.deviceId) await db.meta.put({ key: 'deviceId', value: options.deviceId });
  const client = await login(baseUrl, username, await deviceId(db), password);
  const faults: Tablet['faults'] = { wrap: null };
  const viaFaults: FetchLike = (input, init) => (faults.wrap ? faults.wrap(client.fetch) : client.fetch)(input, init);
  // Timers never fire: the test decides when to sync.
  const engineFor = (url: string) => new SyncEngine(db, createTransport(url, viaFaults), { isOnline: () => true, setTimer: () => null, clearTimer: () => {} });
  const t: Tablet = {
    db,
    client,
    author: { operatorId: client.user.id, siteId: client.user.siteIds[0] ?? 'barrito' },
    engine: engineFor(baseUrl),
    faults,
    connect(url) {
      t.engine = engineFor(url);
    },
    async sync() {
      const report = await t.engine.syncNow();
      if (!report) throw new Error(`sync failed: ${JSON.stringify(t.engine.getStatus().lastError)}`);
    },
  };
  return t;
}

/** Every synced table's rows, local-only fields removed, sorted by id: what two tablets must agree on. */
export async function contents(db: SportelloDb): Promise<Record<TableName, Record<string, unknown>[]>> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (table) => {
      const rows = (await db.table(table).toArray()).map((row) => stripLocalFields(row) as Record<string, unknown>);
      rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
      return [table, rows] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<TableName, Record<string, unknown>[]>;
}
