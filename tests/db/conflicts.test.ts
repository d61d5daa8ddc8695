import { afterEach, describe, expect, it } from 'vitest';
import { listOpenConflicts, resolveConflict } from '../../src/db/conflicts.ts';
import { withLocalFields } from '../../src/db/localFields.ts';
import type { Conflict } from '../../src/domain/records/conflict.ts';
import { conflict, envelope, person } from '../domain/factories.ts';
import { author, testDevice, type TestDevice } from './helpers.ts';

let devices: TestDevice[] = [];
afterEach(() => {
  for (const d of devices) d.db.close();
  devices = [];
});

/** A device holding a synced person and the open conflict the server flagged on her phone. */
async function withConflict() {
  const d = testDevice();
  devices.push(d);
  const rosa = { ...person('peruvian'), ...envelope({ version: 3 }), phone: '+39 345 678 9012' };
  const flagged: Conflict = { ...conflict(), recordId: rosa.id, version: 1 };
  await d.db.people.put(withLocalFields('people', rosa));
  await d.db.conflicts.put(flagged);
  return { db: d.db, rosa, flagged };
}

describe('conflicts on the device', () => {
  it('lists the open ones with their record; a resolved one or one about a record not here is told apart', async () => {
    const { db, rosa, flagged } = await withConflict();
    const elsewhere = { ...conflict(), version: 1 };
    await db.conflicts.bulkPut([elsewhere, { ...conflict(), version: 2, status: 'resolved' }]);

    const open = await listOpenConflicts(db);
    expect(open.map((c) => c.conflict.id).sort()).toEqual([flagged.id, elsewhere.id].sort());
    expect(open.find((c) => c.conflict.id === flagged.id)?.record).toMatchObject({ id: rosa.id, phone: rosa.phone });
    expect(open.find((c) => c.conflict.id === elsewhere.id)?.record).toBeUndefined();
  });

  it.each([
    ['client', '+39 347 111 2233', ['people', 'conflicts']],
    ['server', '+39 345 678 9012', ['conflicts']],
  ] as const)('keeping the %s value: the phone is %s, the outbox holds %j', async (keep, phone, tables) => {
    const { db, rosa, flagged } = await withConflict();
    const coordinator = author();
    await resolveConflict(db, coordinator, flagged, keep);

    expect((await db.people.get(rosa.id))?.phone).toBe(phone);
    expect(await db.conflicts.get(flagged.id)).toMatchObject({ status: 'resolved', resolvedBy: coordinator.operatorId });
    expect((await db.outbox.toArray()).map((row) => row.table)).toEqual(tables);
    expect(await listOpenConflicts(db)).toEqual([]);
  });
});
