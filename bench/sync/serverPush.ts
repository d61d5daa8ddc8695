import { localDate } from '../../src/domain/dates.ts';
import { newId } from '../../src/domain/ids.ts';
import type { Mutation, SessionUser } from '../../src/domain/sync/protocol.ts';
import { PostgresStorage } from '../../src/server/storage/postgres.ts';
import { openSqlite } from '../../src/server/storage/sqlite.ts';
import type { Storage } from '../../src/server/storage/storage.ts';
import { applyPush } from '../../src/server/sync/push.ts';
import { makePerson } from '../browser/records.ts';
import { seededRng } from '../browser/rng.ts';
import { budgeted, info, ms, notRun, perSecond } from '../lib/report.ts';
import { tempDir } from '../lib/paths.ts';
import { summarise } from '../lib/stats.ts';
import { freshSchema, postgresUrl } from './postgres.ts';

/** DESIGN §6: a 500-mutation push ≤ 250 ms, measured on `applyPush` without HTTP. */
const BATCHES = 20;
const BATCH_SIZE = 500;
const BUDGET_MS = 250;

function batches(user: SessionUser): Mutation[][] {
  const rng = seededRng(42);
  const ctx = { operatorId: user.id, siteIds: user.siteIds, today: localDate(), synced: false };
  let seq = 0;
  return Array.from({ length: BATCHES }, () =>
    Array.from({ length: BATCH_SIZE }, () => {
      const person = makePerson(rng, ctx, 0);
      return { seq: ++seq, table: 'people', recordId: person.id, op: 'create', baseVersion: null, changes: { ...person }, at: person.updatedAt };
    }),
  );
}

async function measure(label: string, storage: Storage): Promise<void> {
  await storage.migrate();
  const user: SessionUser = { id: newId(), username: 'bench', displayName: 'Bench', role: 'operator', siteIds: ['barrito'] };
  const pusher = { user, deviceId: newId() };
  const work = batches(user);
  const times: number[] = [];
  let rejected = 0;
  let firstReason: string | undefined;
  for (const batch of work) {
    const t = performance.now();
    const results = await applyPush(storage, pusher, batch);
    times.push(performance.now() - t);
    for (const r of results) if (r.status !== 'applied' && (rejected++, !firstReason)) firstReason = `${r.status}: ${r.reason ?? ''}`;
  }
  const t = performance.now();
  await applyPush(storage, pusher, work.at(-1)!); // the same batch again: every seq already recorded
  const replayMs = performance.now() - t;

  const s = summarise(times);
  const total = times.reduce((a, b) => a + b, 0);
  budgeted(`Server push, 500 creates, ${label}, median`, s.median, BUDGET_MS, ms);
  budgeted(`Server push, 500 creates, ${label}, p95`, s.p95, BUDGET_MS, ms);
  info(`  ${label} push throughput`, `${perSecond((BATCHES * BATCH_SIZE) / (total / 1000), 'mutations')} (first batch ${ms(times[0]!)}, a retried batch ${ms(replayMs)})`);
  if (rejected > 0) info(`  ${label} push: NOT applied`, `${rejected} (${firstReason})`);
}

export async function measureServerPush(): Promise<void> {
  const sqlite = openSqlite(tempDir('push-sqlite'));
  try {
    await measure('SQLite', sqlite);
  } finally {
    await sqlite.close();
  }

  const url = postgresUrl();
  if (!url) {
    notRun('Server push, PostgreSQL', 'set TEST_DATABASE_URL');
    return;
  }
  const schema = await freshSchema(url);
  const storage = new PostgresStorage({ connectionString: url, schema: schema.name });
  try {
    await measure('PostgreSQL', storage);
  } finally {
    await storage.close();
    await schema.drop();
  }
}
