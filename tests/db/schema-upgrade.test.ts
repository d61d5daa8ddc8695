import { afterEach, describe, expect, it } from 'vitest';
import type { SportelloDb } from '../../src/db/database.ts';
import { deviceId } from '../../src/db/deviceId.ts';
import { createRecord, getRecord, updateRecord } from '../../src/db/repository.ts';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../src/db/schema.ts';
import { TABLE_NAMES } from '../../src/domain/records/index.ts';
import { factories, fieldsOf, person } from '../domain/factories.ts';
import { author, testDevice } from './helpers.ts';

const open: SportelloDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const first = SCHEMA_VERSIONS[0]!;
const latest = SCHEMA_VERSIONS.at(-1)!;

describe('the shipped schema versions', () => {
  it('start at 1 and strictly increase', () => {
    expect(first.version).toBe(1);
    SCHEMA_VERSIONS.forEach((v, i) => {
      if (i > 0) expect(v.version).toBeGreaterThan(SCHEMA_VERSIONS[i - 1]!.version);
    });
  });

  it('have a store for every record table, the outbox, the blobs and the meta rows', () => {
    const stores = Object.assign({}, ...SCHEMA_VERSIONS.map((v) => v.stores)) as Record<string, string | null>;
    for (const table of [...TABLE_NAMES, 'outbox', 'attachmentBlobs', 'meta']) {
      expect(stores[table], table).toEqual(expect.any(String));
    }
    expect(stores.outbox).toMatch(/^\+\+seq\b/);
    expect(stores.people).toContain('*searchKeys');
  });
});

describe('upgrading a device database', () => {
  it('keeps every row and the outbox, runs the upgrade and makes the new index usable', async () => {
    // A tablet still on version 1 of the schema, with data and pending changes.
    const device = testDevice([first]);
    const v1 = device.db;
    open.push(v1);
    const who = author();
    const amina = await createRecord(v1, who, 'people', fieldsOf(person('nigerian')));
    const rosa = await createRecord(v1, who, 'people', fieldsOf(person('peruvian')));
    const visitA = await createRecord(v1, who, 'visits', { ...fieldsOf(factories.visits()), personId: amina.id, operatorId: who.operatorId });
    const visitB = await createRecord(v1, who, 'visits', { ...fieldsOf(factories.visits()), personId: rosa.id, operatorId: 'altra-operatrice' });
    await updateRecord(v1, who, 'people', amina.id, { note: 'Portare il libretto pediatrico' });
    const id = await deviceId(v1);
    const outboxBefore = await v1.outbox.orderBy('seq').toArray();
    const peopleBefore = await v1.people.toArray();
    expect(v1.verno).toBe(first.version);
    expect(outboxBefore).toHaveLength(5);
    v1.close();

    // The new app adds an index on visits.operatorId and marks visits in an upgrade.
    let upgradedRows = 0;
    const next: SchemaVersion = {
      version: latest.version + 1,
      stores: { ...latest.stores, visits: `${latest.stores.visits}, operatorId` },
      upgrade: async (tx) => {
        upgradedRows = await tx.table('visits').toCollection().modify((v: Record<string, unknown>) => {
          v.migrated = true;
        });
      },
    };
    const v2 = device.reopen([...SCHEMA_VERSIONS, next]);
    open.push(v2);
    await v2.open();
    expect(v2.verno).toBe(next.version);

    // Every row survived.
    expect(await v2.people.toArray()).toEqual(peopleBefore);
    expect(await getRecord(v2, 'people', rosa.id)).toEqual(rosa);
    expect((await getRecord(v2, 'people', amina.id))!.note).toBe('Portare il libretto pediatrico');
    expect(await v2.visits.count()).toBe(2);

    // The upgrade ran, once per visit.
    expect(upgradedRows).toBe(2);
    const visits = (await v2.visits.toArray()) as unknown as Record<string, unknown>[];
    expect(visits.every((v) => v.migrated === true)).toBe(true);
    expect(visits.map((v) => v.id).sort()).toEqual([visitA.id, visitB.id].sort());

    // The new index works, and the old ones still do.
    expect(await v2.visits.where('operatorId').equals(who.operatorId).primaryKeys()).toEqual([visitA.id]);
    expect(await v2.visits.where('operatorId').equals('altra-operatrice').primaryKeys()).toEqual([visitB.id]);
    expect(await v2.visits.where('personId').equals(rosa.id).primaryKeys()).toEqual([visitB.id]);
    expect(await v2.people.where('searchKeys').equals('quispe').primaryKeys()).toEqual([rosa.id]);

    // The outbox is intact, the device keeps its id, and sequence numbers carry on.
    expect(await v2.outbox.orderBy('seq').toArray()).toEqual(outboxBefore);
    expect(await deviceId(v2)).toBe(id);
    await createRecord(v2, who, 'people', fieldsOf(person('moroccan')));
    const seqs = (await v2.outbox.orderBy('seq').toArray()).map((r) => r.seq!);
    expect(seqs).toHaveLength(6);
    expect(seqs[5]!).toBeGreaterThan(seqs[4]!);
  });

  it('opens a version-1 database with the shipped schema without losing anything', async () => {
    const device = testDevice([first]);
    open.push(device.db);
    const created = await createRecord(device.db, author(), 'grants', fieldsOf(factories.grants()));
    device.db.close();
    const current = device.reopen();
    open.push(current);
    expect(await getRecord(current, 'grants', created.id)).toEqual(created);
    expect(await current.outbox.count()).toBe(1);
  });
});
