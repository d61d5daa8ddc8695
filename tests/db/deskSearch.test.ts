import { describe, expect, it } from 'vitest';
import { birthYearOf, searchForDesk } from '../../src/db/deskSearch.ts';
import { author, testDevice } from './helpers.ts';
import { addPerson, addVisit } from './seed.ts';

describe('searchForDesk', () => {
  it('gives each person found with her last visit', async () => {
    const { db } = testDevice();
    const who = author();
    const aicha = await addPerson(db, who, { firstName: 'Aïcha', lastName: 'Mohammed' });
    await addPerson(db, who, { firstName: 'Ayesha', lastName: 'Sow' });
    await addVisit(db, who, { personId: aicha.id, date: '2026-01-03', siteId: 'vallette' });
    await addVisit(db, who, { personId: aicha.id, date: '2026-02-03', siteId: 'barrito' });

    const results = await searchForDesk(db, 'aisha muhamad');
    expect(results.map((r) => r.person.id)).toEqual([aicha.id]);
    expect(results[0]?.lastVisit).toMatchObject({ date: '2026-02-03', siteId: 'barrito' });

    const both = await searchForDesk(db, 'aisha');
    expect(both).toHaveLength(2);
    expect(both.find((r) => r.person.lastName === 'Sow')?.lastVisit).toBeUndefined();
  });

  it('takes the birth year from the full date when there is one', () => {
    expect(birthYearOf({ birthDate: '1991-02-03', birthYear: undefined })).toBe(1991);
    expect(birthYearOf({ birthDate: undefined, birthYear: 1988 })).toBe(1988);
    expect(birthYearOf({ birthDate: undefined, birthYear: undefined })).toBeUndefined();
  });
});
