import { openDatabase, type SportelloDb } from '../../src/db/database.ts';
import { deviceId } from '../../src/db/deviceId.ts';
import { withLocalFields } from '../../src/db/localFields.ts';
import type { OutboxEntry } from '../../src/db/outbox.ts';
import { localDate } from '../../src/domain/dates.ts';
import type { Person, Visit } from '../../src/domain/records/index.ts';
import { syncOnce } from '../../src/sync/syncOnce.ts';
import { createTransport, type Transport } from '../../src/sync/transport.ts';
import type { DeviceCounts, SyncTiming, WriteResult } from './api.ts';
import { makePerson, makeVisit } from './records.ts';
import { seededRng } from './rng.ts';

/** One device of the sync figure: log in, write records with their outbox rows, sync. */
let db: SportelloDb | undefined;

function device(): SportelloDb {
  if (!db) throw new Error('openDevice first');
  return db;
}

export async function openDevice(name: string): Promise<string> {
  db = openDatabase(`sportello-bench-${name}`);
  return deviceId(db);
}

export async function login(username: string, password: string): Promise<{ status: number; userId?: string; body: string }> {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password, deviceId: await deviceId(device()), deviceName: 'bench' }),
  });
  const body = await response.text();
  let userId: string | undefined;
  try {
    userId = (JSON.parse(body) as { user?: { id?: string } }).user?.id;
  } catch {
    // not JSON: the body is reported as is
  }
  return { status: response.status, ...(userId ? { userId } : {}), body: body.slice(0, 300) };
}

/**
 * Writes `count` new records as `createRecord` would (record + outbox row in one transaction),
 * in bulk: a share of people, the rest visits of those people.
 */
export async function writeForSync(count: number, peopleShare: number, operatorId: string, siteId: string, chunkSize: number): Promise<WriteResult> {
  const db = device();
  const rng = seededRng(7);
  const ctx = { operatorId, siteIds: [siteId], today: localDate(), synced: false };
  const personIds: string[] = [];
  let people = 0;
  const started = performance.now();
  for (let written = 0; written < count; written += chunkSize) {
    const size = Math.min(chunkSize, count - written);
    const nPeople = Math.max(1, Math.round(size * peopleShare));
    const newPeople: Person[] = Array.from({ length: nPeople }, () => makePerson(rng, ctx, 0));
    personIds.push(...newPeople.map((p) => p.id));
    const visits: Visit[] = Array.from({ length: size - nPeople }, () => makeVisit(rng, ctx, rng.pick(personIds), 0));
    const outbox: OutboxEntry[] = [...newPeople.map((r) => entry('people', r)), ...visits.map((r) => entry('visits', r))];
    await db.transaction('rw', [db.people, db.visits, db.outbox], async () => {
      await db.people.bulkAdd(newPeople.map((p) => withLocalFields('people', p)));
      await db.visits.bulkAdd(visits);
      await db.outbox.bulkAdd(outbox);
    });
    people += nPeople;
  }
  return { ms: performance.now() - started, people, visits: count - people };
}

function entry(table: 'people' | 'visits', record: Person | Visit): OutboxEntry {
  return { table, recordId: record.id, op: 'create', baseVersion: null, changes: { ...record }, at: record.updatedAt };
}

/**
 * `syncOnce` against the page's own origin, through a transport that notes when the pull
 * starts and how long the device waited for the server, so device work and server work can
 * be told apart.
 */
export async function sync(): Promise<SyncTiming> {
  const db = device();
  const inner = createTransport('');
  const waited = { push: 0, pull: 0 };
  const requests = { push: 0, pull: 0 };
  let pullStartedAt: number | undefined;
  const transport: Transport = {
    put: (path, body, headers) => inner.put(path, body, headers),
    async request(method, path, schema, body) {
      const kind = path.startsWith('/api/sync/pull') ? 'pull' : 'push';
      if (kind === 'pull') pullStartedAt ??= performance.now();
      requests[kind]++;
      const t = performance.now();
      try {
        return await inner.request(method, path, schema, body);
      } finally {
        waited[kind] += performance.now() - t;
      }
    },
  };
  const started = performance.now();
  const report = await syncOnce(db, transport);
  const ended = performance.now();
  const pullFrom = pullStartedAt ?? ended;
  return {
    totalMs: ended - started,
    pushMs: pullFrom - started,
    pullMs: ended - pullFrom,
    pushWaitMs: waited.push,
    pullWaitMs: waited.pull,
    pushed: report.pushed,
    pulled: report.pulled,
    pushRequests: requests.push,
    pullRequests: requests.pull,
    rejected: await db.outbox.filter((row) => row.rejected !== undefined).count(),
  };
}

export async function counts(): Promise<DeviceCounts> {
  const db = device();
  return { people: await db.people.count(), visits: await db.visits.count(), outbox: await db.outbox.count() };
}

export async function firstRejection(): Promise<string | undefined> {
  return (await device().outbox.filter((row) => row.rejected !== undefined).first())?.rejected?.reason;
}
