import { describe, expect, it } from 'vitest';
import { possibleDuplicates } from '../../src/db/duplicates.ts';
import { author, testDevice } from './helpers.ts';
import { addPerson } from './seed.ts';

async function device() {
  const { db } = testDevice();
  const who = author();
  const aicha = await addPerson(db, who, { firstName: 'Aïcha', lastName: 'Mohammed', birthDate: '1990-05-04', birthYear: 1990 });
  const noYear = await addPerson(db, who, { firstName: 'Aisha', lastName: 'Muhammad', birthDate: undefined, birthYear: undefined }, 'peruvian');
  const mariangela = await addPerson(db, who, { firstName: 'Mariangela', lastName: 'Rossini', birthDate: undefined, birthYear: 1990 }, 'peruvian');
  return { db, aicha, noYear, mariangela };
}

const names = (people: { firstName: string; lastName: string }[]) => people.map((p) => `${p.firstName} ${p.lastName}`).sort();

describe('possibleDuplicates', () => {
  it('matches the same name in another transliteration, born the same year or year unknown', async () => {
    const { db } = await device();
    expect(names(await possibleDuplicates(db, { firstName: 'Aisha', lastName: 'Muhamad', birthYear: 1990 })))
      .toEqual(['Aisha Muhammad', 'Aïcha Mohammed']);
  });

  it('leaves out people born in another year', async () => {
    const { db } = await device();
    expect(names(await possibleDuplicates(db, { firstName: 'aicha', lastName: 'mohammed', birthYear: 1985 })))
      .toEqual(['Aisha Muhammad']);
  });

  it('matches whole words, not prefixes: Maria Rossi is not Mariangela Rossini', async () => {
    const { db } = await device();
    expect(await possibleDuplicates(db, { firstName: 'Maria', lastName: 'Rossi' })).toEqual([]);
    expect(names(await possibleDuplicates(db, { firstName: 'Mariangela', lastName: 'ROSSINI' }))).toEqual(['Mariangela Rossini']);
  });

  it('needs both names, and never offers the record being edited', async () => {
    const { db, aicha } = await device();
    expect(await possibleDuplicates(db, { firstName: 'Aicha', lastName: '' })).toEqual([]);
    expect(names(await possibleDuplicates(db, { firstName: 'Aïcha', lastName: 'Mohammed', excludeId: aicha.id })))
      .toEqual(['Aisha Muhammad']);
  });
});
