import { describe, expect, it } from 'vitest';
import { createRecord, deleteRecord, type Author } from '../../src/db/repository.ts';
import { lastVisitOf, searchPeople } from '../../src/db/peopleSearch.ts';
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

  it('does not return deleted people', async () => {
    const { db, who, ids } = await seed([['Amina', 'Okafor'], ['Amina', 'Bello']]);
    await deleteRecord(db, who, 'people', ids['Amina Okafor']!);
    expect(names(await searchPeople(db, 'amina'))).toEqual(['Amina Bello']);
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
