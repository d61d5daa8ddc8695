import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord, updateRecord } from '../../src/db/repository.ts';
import type { RecordOf } from '../../src/domain/records/index.ts';
import { readMeta } from '../../src/sync/syncMeta.ts';
import type { FetchLike } from '../../src/sync/transport.ts';
import { fieldsOf, person } from '../domain/factories.ts';
import { KEY, cli, readRows, serveDataDir } from '../server/backup-helpers.ts';
import { type TestServer, addUser, makeTempDir, startTestServer } from '../server/helpers.ts';
import { type Tablet, tablet } from './helpers.ts';

let live: TestServer;
let restored: Awaited<ReturnType<typeof serveDataDir>>;
const temp: string[] = [];

beforeAll(async () => {
  live = await startTestServer();
  await Promise.all([addUser(live.storage, 'amina', 'operator', ['barrito']), addUser(live.storage, 'olga', 'operator', ['barrito'])]);
});
afterAll(async () => {
  await restored?.close();
  await live.close();
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

const register = (t: Tablet, firstName: string) => createRecord(t.db, t.author, 'people', { ...fieldsOf(person('italian')), firstName });

/** Records whether each pull the tablet makes is answered `reset`. */
function watchPulls(t: Tablet): boolean[] {
  const resets: boolean[] = [];
  t.faults.wrap = (fetch: FetchLike) => async (input, init) => {
    const response = await fetch(input, init);
    if (String(input).includes('/api/sync/pull')) resets.push(((await response.clone().json()) as { reset: boolean }).reset);
    return response;
  };
  return resets;
}

describe('tablets after the server is restored from a backup', () => {
  it('a tablet past the snapshot pulls everything again, and its outbox is applied; nothing it had not sent is lost', async () => {
    const [amina, olga] = await Promise.all([tablet(live.url, 'amina'), tablet(live.url, 'olga')]);
    const early = await register(amina, 'Prima');
    await amina.sync();
    await olga.sync();

    const backupFile = join(makeTempDir('restore-backup'), 'snapshot.backup');
    temp.push(dirname(backupFile));
    expect((await cli(['backup', '--out', backupFile], { DATA_DIR: dirname(live.storage.location), BACKUP_KEY: KEY })).code).toBe(0);

    // After the snapshot: sent and acknowledged (so gone from the outbox), and both tablets' cursors move past it.
    const sentAfter = await register(amina, 'Dopo');
    await amina.sync();
    await olga.sync();
    const olgaCursorBefore = await readMeta(olga.db, 'cursor', 0);
    // Not sent yet: these stay in amina's outbox.
    const unsent = await register(amina, 'Nonsincronizzata');
    await updateRecord(amina.db, amina.author, 'people', early.id, { firstName: 'Prima-corretta' });
    expect(await amina.db.outbox.count()).toBe(2);

    const restoreDir = join(makeTempDir('restore-data'), 'data');
    temp.push(dirname(restoreDir));
    expect((await cli(['restore', backupFile], { DATA_DIR: restoreDir, BACKUP_KEY: KEY })).code).toBe(0);
    restored = await serveDataDir(restoreDir);
    for (const t of [amina, olga]) t.connect(restored.url);

    const aminaPulls = watchPulls(amina);
    await amina.sync();
    expect(aminaPulls[0]).toBe(true);
    expect(aminaPulls.slice(1).every((reset) => !reset)).toBe(true);
    expect(await amina.db.outbox.count()).toBe(0);
    // Seqs the restored server never saw are simply applied.
    const deviceSeqs = readRows<{ seq: number; result: string }>(restoreDir, 'SELECT seq, result FROM mutations WHERE device_id = ? ORDER BY seq', [amina.client.deviceId]);
    expect(deviceSeqs.slice(-2).map((row) => JSON.parse(row.result).status)).toEqual(['applied', 'applied']);

    // olga's cursor is past the snapshot but below the counter amina's pushes just moved: still a reset.
    expect(olgaCursorBefore).toBeGreaterThan(0);
    const olgaPulls = watchPulls(olga);
    await olga.sync();
    expect(olgaPulls[0]).toBe(true);
    const onOlga = (await olga.db.people.toArray()) as RecordOf<'people'>[];
    const byId = new Map(onOlga.map((p) => [p.id, p]));
    expect(byId.get(unsent.id)?.firstName).toBe('Nonsincronizzata');
    expect(byId.get(early.id)?.firstName).toBe('Prima-corretta');
    // The cursor is the restored server's own again.
    const [top] = readRows<{ v: number }>(restoreDir, 'SELECT MAX(version) AS v FROM records');
    expect(await readMeta(olga.db, 'cursor', 0)).toBe(top!.v);

    // What amina sent after the snapshot is not on the restored server; her tablet still has it.
    const onServer = readRows<{ id: string }>(restoreDir, "SELECT id FROM records WHERE table_name = 'people'").map((row) => row.id);
    expect(onServer).not.toContain(sentAfter.id);
    expect(onServer).toEqual(expect.arrayContaining([early.id, unsent.id]));
    expect(await amina.db.people.get(sentAfter.id)).toBeDefined();
  }, 60_000);
});
