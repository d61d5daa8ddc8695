import { describe, expect, it } from 'vitest';
import type { SportelloDb } from '../../src/db/database.ts';
import { withLocalFields } from '../../src/db/localFields.ts';
import { createRecord, deleteRecord, type Author } from '../../src/db/repository.ts';
import { lastVisitOf, searchPeople } from '../../src/db/peopleSearch.ts';
import { SCHEMA_VERSIONS } from '../../src/db/schema.ts';
import { phoneKeys } from '../../src/domain/search/contactKeys.ts';
import { nameKeys, nameTokens } from '../../src/domain/search/nameKeys.ts';
import { fieldsOf, person, visit } from '../domain/factories.ts';
import { author, testDevice } from './helpers.ts';

async function seed(names: [string, string, string?][]) {
  const { db } = testDevice();
  const who: Author = author();
  const ids: Record<string, string> = {};
  for (const [firstName, lastName, phone] of names) {
    const p = await createRecord(db, who, 'people', { ...fieldsOf(person('nigerian')), firstName, lastName, phone, codiceFiscale: undefined });
    ids[`${firstName} ${lastName}`] = p.id;
  }
  return { db, who, ids };
}

const names = (people: { firstName: string; lastName: string }[]) => people.map((p) => `${p.firstName} ${p.lastName}`);

/** Many people at once, in this order (ids grow with time, and index lists follow the ids). */
async function crowd(db: SportelloDb, groups: [count: number, firstName: string, lastNames: string[]][]) {
  const rows = groups.flatMap(([count, firstName, lastNames]) =>
    Array.from({ length: count }, (_, i) => withLocalFields('people', { ...person('nigerian'), firstName, lastName: lastNames[i % lastNames.length]!, codiceFiscale: undefined })));
  await db.people.bulkAdd(rows);
}

describe('searchPeople', () => {
  it('finds by any part of the name, without accents or case, in any order', async () => {
    const { db } = await seed([['Aïcha', "N'Diaye"], ['Rosa', 'Quispe Mamani'], ['Amina', 'Okafor']]);
    expect(names(await searchPeople(db, 'aich'))).toEqual(["Aïcha N'Diaye"]);
    expect(names(await searchPeople(db, 'NDIAYE aicha'))).toEqual(["Aïcha N'Diaye"]);
    expect(names(await searchPeople(db, 'mamani'))).toEqual(['Rosa Quispe Mamani']);
    expect(await searchPeople(db, 'okafor rosa')).toEqual([]);
  });

  it('finds transliteration variants, exact spellings first', async () => {
    const { db } = await seed([['Muhammad', 'Bello'], ['Mohamed', 'Diallo'], ['Ayesha', 'Sow'], ['Rosa', 'Huaman']]);
    expect(new Set(names(await searchPeople(db, 'mohammed')))).toEqual(new Set(['Mohamed Diallo', 'Muhammad Bello']));
    expect(names(await searchPeople(db, 'mohamed'))[0]).toBe('Mohamed Diallo');
    expect(names(await searchPeople(db, 'aicha'))).toEqual(['Ayesha Sow']);
  });

  it('finds by phone number, however it is written', async () => {
    const { db } = await seed([['Amina', 'Okafor', '+39 345 678 9012'], ['Rosa', 'Quispe', '011 436 8899']]);
    expect(names(await searchPeople(db, '345 678'))).toEqual(['Amina Okafor']);
    expect(names(await searchPeople(db, '0039345678'))).toEqual(['Amina Okafor']);
    expect(names(await searchPeople(db, '0114368899'))).toEqual(['Rosa Quispe']);
  });

  it('finds a foreign number by its international, national and last digits, and an Italian one by its last digits', async () => {
    const { db, ids } = await seed([['Fatima', 'Benali', '+212 612 345 678'], ['Rosa', 'Quispe', '333 123 4567'], ['Amina', 'Okafor', '+39 345 678 9012']]);
    for (const typed of ['+212 612 345 678', '+212612345678', '00212 612345678', '612345678', '2345678']) {
      expect(names(await searchPeople(db, typed)), typed).toEqual(['Fatima Benali']);
    }
    for (const typed of ['1234567', '234567', '+39 333 123 4567', '0039 3331234567']) {
      expect(names(await searchPeople(db, typed)), typed).toEqual(['Rosa Quispe']);
    }
    // The last 5 digits, or 6 from the middle, find no one.
    expect(await searchPeople(db, '45678')).toEqual([]);
    expect(await searchPeople(db, '123456')).toEqual([]);
    // Amina's number starts with 345678, Fatima's ends with it: both, each once.
    expect(new Set((await searchPeople(db, '345678')).map((p) => p.id))).toEqual(new Set([ids['Fatima Benali'], ids['Amina Okafor']]));
    expect(await searchPeople(db, '345678')).toHaveLength(2);
  });

  it('does not return deleted people', async () => {
    const { db, who, ids } = await seed([['Amina', 'Okafor'], ['Amina', 'Bello']]);
    await deleteRecord(db, who, 'people', ids['Amina Okafor']!);
    expect(names(await searchPeople(db, 'amina'))).toEqual(['Amina Bello']);
  });

  it('finds the one person two words describe when each word alone is common', async () => {
    const { db } = testDevice();
    // Hundreds of Marias with an F surname and of Floreses come first in every list; she comes last.
    await crowd(db, [[300, 'Maria', ['Ferrari', 'Fontana', 'Ferrara', 'Fabbri', 'Farina']], [150, 'Rosa', ['Flores']], [1, 'María', ['Flores']]]);
    for (const typed of ['maria flores', 'FLORES María', 'maria flo', 'mar flores', 'm flores', 'flores maria']) {
      expect(names(await searchPeople(db, typed)), typed).toEqual(['María Flores']);
    }
    // A common pair still gives a full page, all of them matching.
    const many = names(await searchPeople(db, 'flores r'));
    expect(many).toHaveLength(20);
    expect(new Set(many)).toEqual(new Set(['Rosa Flores']));
  });

  it('checks a third word on the people the first two find', async () => {
    const { db } = testDevice();
    await crowd(db, [[120, 'Fatima', ['El Idrissi', 'El Fassi', 'El Mansouri']], [2, 'Fatima', ['El Amrani']], [50, 'Fatima', ['Amrani']]]);
    expect(names(await searchPeople(db, 'fatima el amrani'))).toEqual(['Fatima El Amrani', 'Fatima El Amrani']);
    expect(names(await searchPeople(db, 'el fatima a'))).toEqual(['Fatima El Amrani', 'Fatima El Amrani']);
  });

  it('shows every exact spelling before any variant, however many variants come first', async () => {
    const { db } = testDevice();
    await crowd(db, [[60, 'Muhammad', ['Bello']], [40, 'Mohammed', ['Bello']], [3, 'Mohamed', ['Bello']], [30, 'Mohamed', ['Okafor']]]);
    const found = names(await searchPeople(db, 'mohamed bello'));
    expect(found).toHaveLength(20);
    expect(found.slice(0, 3)).toEqual(['Mohamed Bello', 'Mohamed Bello', 'Mohamed Bello']);
    expect(found.slice(3).every((n) => n === 'Muhammad Bello' || n === 'Mohammed Bello')).toBe(true);
    // A variant typed finds the spellings of the name, that spelling first.
    expect(names(await searchPeople(db, 'bello mohammed'))).toEqual(Array(20).fill('Mohammed Bello'));
  });

  it('finds transliterations of both words at once, and a word stopped inside a digraph', async () => {
    const { db } = await seed([['Ayesha', 'Chukwu'], ['Aisha', 'Bello'], ['Amina', 'Chukwu']]);
    expect(names(await searchPeople(db, 'aicha c'))).toEqual(['Ayesha Chukwu']);
    expect(names(await searchPeople(db, 'aicha belo'))).toEqual(['Aisha Bello']);
    expect(new Set(names(await searchPeople(db, 'chukwu a')))).toEqual(new Set(['Ayesha Chukwu', 'Amina Chukwu']));
  });

  it('takes a name that looks like the start of a codice fiscale as a name', async () => {
    // "el idriss" is six letters and two omocodia letters, like BLLSHA85.
    const { db } = await seed([['Fatima', 'El Idrissi']]);
    expect(names(await searchPeople(db, 'el idriss'))).toEqual(['Fatima El Idrissi']);
    expect(names(await searchPeople(db, 'el idrissi'))).toEqual(['Fatima El Idrissi']);
  });

  it('gives the last visit of a person', async () => {
    const { db, who, ids } = await seed([['Amina', 'Okafor']]);
    const personId = ids['Amina Okafor']!;
    for (const date of ['2026-01-10', '2026-03-02', '2026-02-20']) {
      await createRecord(db, who, 'visits', { ...fieldsOf(visit()), personId, date });
    }
    expect((await lastVisitOf(db, personId))?.date).toBe('2026-03-02');
  });
});

describe('a device upgraded from schema version 1', () => {
  it('gets the pair keys for the people it already holds, and finds them by two words', async () => {
    const device = testDevice([SCHEMA_VERSIONS[0]!]);
    const v1 = device.db;
    const who = author();
    const ngozi = await createRecord(v1, who, 'people', { ...fieldsOf(person('nigerian')), firstName: 'Ngozi', lastName: 'Eze', codiceFiscale: undefined });
    // Version 1 stored the keys of each name part alone.
    await v1.people.toCollection().modify((row) => {
      row.searchKeys = row.searchKeys.filter((key) => !key.includes(' '));
    });
    expect(await searchPeople(v1, 'ngozi eze')).toEqual([]);
    v1.close();

    const current = device.reopen();
    expect(await searchPeople(current, 'ngozi eze')).toEqual([ngozi]);
    expect((await current.people.get(ngozi.id))!.searchKeys).toEqual(nameKeys(nameTokens('Ngozi Eze')));
    current.close();
  });
});

/** The people table as stored, fields of older versions included. */
const rawPeople = (db: SportelloDb) => db.table<Record<string, unknown> & { id: string }, string>('people');

describe('a device upgraded from schema version 2', () => {
  it('keys the numbers of the people it already holds again, and finds a Moroccan one by every spelling', async () => {
    const device = testDevice(SCHEMA_VERSIONS.slice(0, 2));
    const v2 = device.db;
    const who = author();
    const fields = { ...fieldsOf(person('moroccan')), firstName: 'Fatima', lastName: 'Benali', codiceFiscale: undefined };
    const fatima = await createRecord(v2, who, 'people', { ...fields, phone: '+212 612 345 678' });
    const rosa = await createRecord(v2, who, 'people', { ...fields, firstName: 'Rosa', phone: '333 123 4567' });
    const noPhone = await createRecord(v2, who, 'people', { ...fields, firstName: 'Salma', phone: undefined });
    const gone = await createRecord(v2, who, 'people', { ...fields, firstName: 'Khadija', phone: '+212 600 000 000' });
    await deleteRecord(v2, who, 'people', gone.id);
    // Version 2 kept one key a number: the "+" kept, the Italian +39 dropped.
    await rawPeople(v2).toCollection().modify((row) => {
      delete row.phoneKeys;
      if (row.phone) row.phoneKey = String(row.phone).replace(/[\s.\-()/]/g, '').replace(/^\+39/, '');
    });
    expect((await rawPeople(v2).get(fatima.id))!.phoneKey).toBe('+212612345678');
    v2.close();

    const current = device.reopen();
    for (const typed of ['+212612345678', '00212 612345678', '612345678', '345678']) {
      expect(await searchPeople(current, typed), typed).toEqual([fatima]);
    }
    expect(await searchPeople(current, '234567')).toEqual([rosa]);
    const rows = new Map((await rawPeople(current).toArray()).map((row) => [row.id, row]));
    expect(rows.get(fatima.id)).toMatchObject({ phoneKeys: phoneKeys('+212 612 345 678') });
    for (const row of rows.values()) expect(row).not.toHaveProperty('phoneKey');
    expect(rows.get(noPhone.id)).not.toHaveProperty('phoneKeys');
    expect(rows.get(gone.id)).not.toHaveProperty('phoneKeys');
    current.close();
  });
});
