import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SportelloDb } from '../../src/db/database.ts';
import { deviceId } from '../../src/db/deviceId.ts';
import { hasPendingChanges, pendingCount, type OutboxEntry } from '../../src/db/outbox.ts';
import {
  createRecord, deleteRecord, getRecord, RecordNotFoundError, RecordValidationError, updateRecord,
} from '../../src/db/repository.ts';
import { ID_PATTERN } from '../../src/domain/ids.ts';
import { TABLE_NAMES, type RecordOf, type TableName } from '../../src/domain/records/index.ts';
import { nameTokens, queryKeys } from '../../src/domain/search/nameKeys.ts';
import { factories, fieldsOf, person, withCheckLetter } from '../domain/factories.ts';
import { author, testDevice, type TestDevice } from './helpers.ts';

const T0 = new Date('2025-03-14T09:30:00.000Z');
const T1 = new Date('2025-03-14T11:05:00.000Z');

let devices: TestDevice[] = [];
function device(): TestDevice {
  const d = testDevice();
  devices.push(d);
  return d;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
  for (const d of devices) d.db.close();
  devices = [];
});

async function outbox(db: SportelloDb): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('seq').toArray();
}

async function rawPerson(db: SportelloDb, id: string): Promise<Record<string, unknown> | undefined> {
  return (await db.people.get(id)) as Record<string, unknown> | undefined;
}

/** Simulates the server acknowledging a record: it gets a version and its outbox rows go. */
async function acknowledge(db: SportelloDb, table: TableName, id: string, version: number): Promise<void> {
  await db.transaction('rw', [db[table], db.outbox], async () => {
    await db[table].update(id, { version } as never);
    await db.outbox.where('[table+recordId]').equals([table, id]).delete();
  });
}

describe('createRecord', () => {
  it('writes the record with its envelope and one "create" outbox row', async () => {
    const { db } = device();
    const who = author();
    const created = await createRecord(db, who, 'people', fieldsOf(person()));

    expect(created.id).toMatch(ID_PATTERN);
    expect(created).toMatchObject({
      version: 0, createdAt: T0.toISOString(), updatedAt: T0.toISOString(), updatedBy: who.operatorId,
      deleted: false, siteId: who.siteId, firstName: 'Amina', lastName: 'Okafor',
    });
    expect(await getRecord(db, 'people', created.id)).toEqual(created);

    const rows = await outbox(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual({
      seq: expect.any(Number), table: 'people', recordId: created.id, op: 'create', baseVersion: null,
      changes: created, at: T0.toISOString(),
    });
  });

  it('keeps an id and a site given by the caller', async () => {
    const { db } = device();
    const fields = { ...fieldsOf(person('peruvian')), id: 'persona-rosa-1', siteId: 'vallette' };
    const created = await createRecord(db, author('barrito'), 'people', fields);
    expect(created.id).toBe('persona-rosa-1');
    expect(created.siteId).toBe('vallette');
  });

  it('never puts device-only fields in the outbox', async () => {
    const { db } = device();
    await createRecord(db, author(), 'people', fieldsOf(person('italian')));
    const [row] = await outbox(db);
    expect(Object.keys(row!.changes)).not.toEqual(expect.arrayContaining(['searchKeys']));
    expect(row!.changes).not.toHaveProperty('phoneKeys');
    expect(row!.changes).not.toHaveProperty('cfKey');
  });

  it('stores the validated record (text trimmed)', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', { ...fieldsOf(person()), firstName: '  Amina ' });
    expect(created.firstName).toBe('Amina');
    expect((await getRecord(db, 'people', created.id))!.firstName).toBe('Amina');
    expect((await outbox(db))[0]!.changes.firstName).toBe('Amina');
  });

  it.each(TABLE_NAMES)('round-trips a realistic %s record', async (table) => {
    const { db } = device();
    const record = factories[table]();
    const created = await createRecord(db, author(record.siteId), table, fieldsOf(record) as never);
    expect(await getRecord(db, table, created.id)).toEqual(created);
    expect(fieldsOf(created)).toEqual(fieldsOf(record));
    expect(await hasPendingChanges(db, table, created.id)).toBe(true);
  });

  it('refuses an invalid record with field errors and writes nothing at all', async () => {
    const { db } = device();
    const fields = { ...fieldsOf(person()), lastName: '', phone: 'non ha telefono', birthDate: '1993-02-30' };
    const error = await createRecord(db, author(), 'people', fields).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RecordValidationError);
    const e = error as RecordValidationError;
    expect(e.table).toBe('people');
    expect(e.errors).toEqual(expect.arrayContaining([
      { path: 'lastName', key: 'required' },
      { path: 'birthDate', key: 'invalid_date' },
    ]));
    expect(e.message).toContain('lastName: required');
    expect(await db.people.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses a second record with the same id, leaving the first and its single outbox row', async () => {
    const { db } = device();
    const first = await createRecord(db, author(), 'people', { ...fieldsOf(person()), id: 'same-id' });
    await expect(createRecord(db, author(), 'people', { ...fieldsOf(person('moroccan')), id: 'same-id' })).rejects.toThrow();
    expect(await getRecord(db, 'people', 'same-id')).toEqual(first);
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('updateRecord', () => {
  it('sends only the changed fields, on the current version', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', fieldsOf(person()));
    await acknowledge(db, 'people', created.id, 7);

    vi.setSystemTime(T1);
    const editor = author();
    const updated = await updateRecord(db, editor, 'people', created.id, {
      firstName: 'Amina', // unchanged
      phone: '+39 347 111 2233',
      employment: 'irregular',
      household: { ...created.household, pregnant: false },
    });

    expect(updated).toMatchObject({
      version: 7, phone: '+39 347 111 2233', employment: 'irregular', updatedAt: T1.toISOString(),
      updatedBy: editor.operatorId, createdAt: T0.toISOString(),
    });
    expect(await getRecord(db, 'people', created.id)).toEqual(updated);
    const rows = await outbox(db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ table: 'people', recordId: created.id, op: 'update', baseVersion: 7, at: T1.toISOString() });
    expect(rows[0]!.changes).toEqual({
      phone: '+39 347 111 2233', employment: 'irregular', household: { ...created.household, pregnant: false },
    });
  });

  it('clears an optional field: null in the outbox, gone from the record and its index', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', fieldsOf(person()));
    await updateRecord(db, author(), 'people', created.id, { note: undefined, phone: undefined });

    const [, update] = await outbox(db);
    expect(update!.changes).toEqual({ note: null, phone: null });
    expect(update!.baseVersion).toBe(0);
    const row = await rawPerson(db, created.id);
    expect(row).not.toHaveProperty('note');
    expect(row).not.toHaveProperty('phone');
    expect(row).not.toHaveProperty('phoneKeys');
    expect(await db.people.where('phoneKeys').equals('3456789012').count()).toBe(0);
  });

  it('writes nothing when nothing changed', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', fieldsOf(person()));
    vi.setSystemTime(T1);
    const result = await updateRecord(db, author(), 'people', created.id, {
      firstName: created.firstName, languages: [...created.languages], household: structuredClone(created.household),
      birthDate: created.birthDate,
    });
    expect(result).toEqual(created);
    expect(await getRecord(db, 'people', created.id)).toEqual(created);
    expect(await db.outbox.count()).toBe(1);
  });

  it('treats clearing a field that is not set as no change', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', fieldsOf(person('moroccan')));
    expect(created).not.toHaveProperty('phone');
    await updateRecord(db, author(), 'people', created.id, { phone: undefined });
    expect(await db.outbox.count()).toBe(1);
  });

  it('ignores envelope fields in the changes', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', fieldsOf(person()));
    const sneaky = { version: 99, deleted: true, id: 'other', updatedBy: 'nobody', siteId: 'vallette' };
    await updateRecord(db, author(), 'people', created.id, sneaky as never);
    expect(await getRecord(db, 'people', created.id)).toEqual(created);
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuses an invalid change and leaves the record and the outbox as they were', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', fieldsOf(person()));
    const error = await updateRecord(db, author(), 'people', created.id, { phone: 'chiedere in portineria', lastName: ' ' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).errors).toEqual(expect.arrayContaining([
      { path: 'phone', key: 'phone_invalid' },
    ]));
    expect(await getRecord(db, 'people', created.id)).toEqual(created);
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuses an unknown field', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', fieldsOf(person()));
    const error = await updateRecord(db, author(), 'people', created.id, { nickname: 'Mimì' } as never).catch((e: unknown) => e);
    expect((error as RecordValidationError).errors).toEqual([{ path: 'nickname', key: 'unknown_field' }]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('refuses to update a record that does not exist or was deleted', async () => {
    const { db } = device();
    await expect(updateRecord(db, author(), 'people', 'missing', { note: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
    const created = await createRecord(db, author(), 'people', fieldsOf(person()));
    await deleteRecord(db, author(), 'people', created.id);
    await expect(updateRecord(db, author(), 'people', created.id, { note: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.outbox.count()).toBe(2);
  });

  it('re-indexes the name after a change', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', fieldsOf(person()));
    await updateRecord(db, author(), 'people', created.id, { lastName: 'Nwosu-Eze' });
    expect(await db.people.where('searchKeys').equals('nwosu').primaryKeys()).toEqual([created.id]);
    expect(await db.people.where('searchKeys').equals('eze').primaryKeys()).toEqual([created.id]);
    expect(await db.people.where('searchKeys').equals('okafor').count()).toBe(0);
  });

  it('sends the value that was stored, so an edit that only adds spaces changes nothing', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', fieldsOf(person()));
    await updateRecord(db, author(), 'people', created.id, { lastName: ' Okafor ' });
    expect(await db.outbox.count()).toBe(1);
    await updateRecord(db, author(), 'people', created.id, { lastName: ' Okafor-Nwosu ' });
    const rows = await outbox(db);
    expect(rows.at(-1)!.changes).toEqual({ lastName: 'Okafor-Nwosu' });
    expect((await getRecord(db, 'people', created.id))!.lastName).toBe('Okafor-Nwosu');
  });
});

describe('deleteRecord', () => {
  it('leaves a tombstone holding only the envelope, and a "delete" outbox row', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', fieldsOf(person()));
    await acknowledge(db, 'people', created.id, 3);
    vi.setSystemTime(T1);
    const who = author();
    await deleteRecord(db, who, 'people', created.id);

    const row = await rawPerson(db, created.id);
    expect(row).toEqual({
      id: created.id, siteId: created.siteId, createdAt: created.createdAt, version: 3, deleted: true, updatedAt: T1.toISOString(), updatedBy: who.operatorId,
    });
    expect(await getRecord(db, 'people', created.id)).toBeUndefined();
    const rows = await outbox(db);
    expect(rows).toEqual([{
      seq: expect.any(Number), table: 'people', recordId: created.id, op: 'delete', baseVersion: 3,
      changes: { deleted: true }, at: T1.toISOString(),
    }]);
  });

  it('deletes once: a second delete writes nothing', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'visits', fieldsOf(factories.visits()));
    await deleteRecord(db, author(), 'visits', created.id);
    await deleteRecord(db, author(), 'visits', created.id);
    expect((await outbox(db)).map((r) => r.op)).toEqual(['create', 'delete']);
  });

  it('refuses to delete a record that does not exist', async () => {
    const { db } = device();
    await expect(deleteRecord(db, author(), 'grants', 'missing')).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('atomicity: the record and its outbox row are written together or not at all', () => {
  it('a create inside a transaction that aborts leaves neither the record nor an outbox row', async () => {
    const { db } = device();
    let id: string | undefined;
    await expect(
      db.transaction('rw', [db.people, db.outbox], async () => {
        id = (await createRecord(db, author(), 'people', fieldsOf(person()))).id;
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(id).toBeDefined();
    expect(await db.people.get(id!)).toBeUndefined();
    expect(await db.people.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('a create whose outbox write fails leaves no record', async () => {
    const { db } = device();
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    const fields = { ...fieldsOf(person()), id: 'amina-okafor' };
    await expect(createRecord(db, author(), 'people', fields)).rejects.toThrow('disk full');
    expect(await db.people.get('amina-okafor')).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });

  it('an update whose outbox write fails leaves the record as it was', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', fieldsOf(person()));
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(updateRecord(db, author(), 'people', created.id, { phone: '+39 347 111 2233' })).rejects.toThrow('disk full');
    expect(await getRecord(db, 'people', created.id)).toEqual(created);
    expect(await db.people.where('phoneKeys').equals('3471112233').count()).toBe(0);
  });

  it('a delete whose outbox write fails leaves the record alive', async () => {
    const { db } = device();
    const created = await createRecord(db, author(), 'people', fieldsOf(person()));
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(deleteRecord(db, author(), 'people', created.id)).rejects.toThrow('disk full');
    expect(await getRecord(db, 'people', created.id)).toEqual(created);
  });
});

describe('person rows on the device', () => {
  it('carry search keys, phone keys and a codice fiscale key, which getRecord hides', async () => {
    const { db } = device();
    const fields = { ...fieldsOf(person('italian')), codiceFiscale: withCheckLetter('FRRGLI90D52L219').toLowerCase() };
    const created = await createRecord(db, author(), 'people', fields);
    const row = await rawPerson(db, created.id);

    const keys = row!.searchKeys as string[];
    expect(new Set(keys.filter((k) => !k.startsWith('~')))).toEqual(new Set(['g', 'gi', 'giu', 'giul', 'giuli', 'giulia', 'f', 'fe', 'fer', 'ferr', 'ferre', 'ferrer', 'ferrero']));
    expect(keys).toContain('~gl'); // the sound skeleton of "giulia"
    expect(keys).toContain('~fr'); // and of "ferrero" (doubles collapse)
    expect(row!.phoneKeys).toEqual(['0114368899', '~114368899', '~14368899', '~4368899', '~368899']);
    expect(row!.cfKey).toBe(withCheckLetter('FRRGLI90D52L219'));

    const record = await getRecord(db, 'people', created.id);
    expect(record).toEqual(created);
    for (const local of ['searchKeys', 'phoneKeys', 'cfKey']) expect(record).not.toHaveProperty(local);
  });

  it('are found through the indexes by name prefix, phone and codice fiscale', async () => {
    const { db } = device();
    const amina = await createRecord(db, author(), 'people', fieldsOf(person('nigerian')));
    const rosa = await createRecord(db, author(), 'people', fieldsOf(person('peruvian')));
    const fatima = await createRecord(db, author(), 'people', fieldsOf(person('moroccan')));
    const giulia = await createRecord(db, author(), 'people', fieldsOf(person('italian')));

    const byName = (typed: string) => db.people.where('searchKeys').equals(queryKeys(nameTokens(typed)[0]!)[0]!).primaryKeys();
    expect(await byName('OKAF')).toEqual([amina.id]);
    expect(await byName('quispe')).toEqual([rosa.id]);
    expect(await byName('mamani')).toEqual([rosa.id]);
    expect(await byName('idriss')).toEqual([fatima.id]);
    expect(await byName('zahra')).toEqual([fatima.id]);
    expect(new Set(await byName('f'))).toEqual(new Set([fatima.id, giulia.id]));

    expect(await db.people.where('phoneKeys').equals('3456789012').primaryKeys()).toEqual([amina.id]);
    expect(await db.people.where('phoneKeys').equals('3331234567').primaryKeys()).toEqual([rosa.id]);
    expect(await db.people.where('cfKey').equals(giulia.codiceFiscale!).primaryKeys()).toEqual([giulia.id]);
  });

  it('give the same phone keys however the number was typed', async () => {
    const { db } = device();
    const keys: unknown[] = [];
    for (const phone of ['+39 345 678 9012', '0039 345-678-9012', '345.678.9012', '(345) 6789012']) {
      const created = await createRecord(db, author(), 'people', { ...fieldsOf(person()), phone });
      keys.push(JSON.stringify((await rawPerson(db, created.id))!.phoneKeys));
    }
    expect(new Set(keys)).toEqual(new Set([JSON.stringify(['3456789012', '~456789012', '~56789012', '~6789012', '~789012'])]));
  });
});

describe('deviceId', () => {
  it('is made once and kept', async () => {
    const d = device();
    const first = await deviceId(d.db);
    expect(first).toMatch(ID_PATTERN);
    expect(await deviceId(d.db)).toBe(first);
    const both = await Promise.all([deviceId(d.db), deviceId(d.db)]);
    expect(both).toEqual([first, first]);
  });

  it('survives closing and reopening the database', async () => {
    const d = device();
    const first = await deviceId(d.db);
    d.db.close();
    const reopened = d.reopen();
    devices.push({ ...d, db: reopened });
    expect(await deviceId(reopened)).toBe(first);
  });

  it('is made once even when two callers ask at the same time on a new device', async () => {
    const d = device();
    const ids = await Promise.all([deviceId(d.db), deviceId(d.db), deviceId(d.db)]);
    expect(new Set(ids).size).toBe(1);
  });

  it('differs between devices', async () => {
    expect(await deviceId(device().db)).not.toBe(await deviceId(device().db));
  });
});

describe('outbox sequence numbers', () => {
  async function createPeople(db: SportelloDb, n: number): Promise<RecordOf<'people'>[]> {
    const out: RecordOf<'people'>[] = [];
    for (let i = 0; i < n; i++) out.push(await createRecord(db, author(), 'people', fieldsOf(person())));
    return out;
  }

  it('strictly increase across creates, updates and deletes', async () => {
    const { db } = device();
    const [a, b] = await createPeople(db, 2);
    await updateRecord(db, author(), 'people', a!.id, { note: 'Richiamare lunedì' });
    await deleteRecord(db, author(), 'people', b!.id);
    const seqs = (await outbox(db)).map((r) => r.seq!);
    expect(seqs).toHaveLength(4);
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]!).toBeGreaterThan(seqs[i - 1]!);
    expect(await pendingCount(db)).toBe(4);
  });

  it('are never reused after acknowledged rows are deleted, cleared, or the database reopened', async () => {
    const d = device();
    await createPeople(d.db, 3);
    const firstMax = Math.max(...(await outbox(d.db)).map((r) => r.seq!));

    await d.db.outbox.bulkDelete((await outbox(d.db)).map((r) => r.seq!));
    expect(await pendingCount(d.db)).toBe(0);
    await createPeople(d.db, 1);
    const afterDelete = (await outbox(d.db)).map((r) => r.seq!);
    expect(afterDelete).toHaveLength(1);
    expect(afterDelete[0]!).toBeGreaterThan(firstMax);

    await d.db.outbox.clear();
    await createPeople(d.db, 1);
    const afterClear = (await outbox(d.db))[0]!.seq!;
    expect(afterClear).toBeGreaterThan(afterDelete[0]!);

    await d.db.outbox.clear();
    d.db.close();
    const reopened = d.reopen();
    devices.push({ ...d, db: reopened });
    await createPeople(reopened, 1);
    expect((await outbox(reopened))[0]!.seq!).toBeGreaterThan(afterClear);
  });

  it('pending changes are tracked per record', async () => {
    const { db } = device();
    const [a, b] = await createPeople(db, 2);
    await acknowledge(db, 'people', a!.id, 1);
    expect(await hasPendingChanges(db, 'people', a!.id)).toBe(false);
    expect(await hasPendingChanges(db, 'people', b!.id)).toBe(true);
    expect(await hasPendingChanges(db, 'visits', b!.id)).toBe(false);
    expect(await pendingCount(db)).toBe(1);
  });
});
