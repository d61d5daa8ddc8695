import { describe, expect, it } from 'vitest';
import { countVisits, deskCounts, monthBounds } from '../../src/db/counters.ts';
import { deleteRecord } from '../../src/db/repository.ts';
import { author, testDevice } from './helpers.ts';
import { addPerson, addVisit } from './seed.ts';

describe('desk counters', () => {
  it('bounds a month by its first day and day 31, in any month', () => {
    expect(monthBounds('2026-02-14')).toEqual(['2026-02-01', '2026-02-31']);
    expect(monthBounds('2025-12-31')).toEqual(['2025-12-01', '2025-12-31']);
  });

  it('counts the day and the month of one site only, without deleted visits', async () => {
    const { db } = testDevice();
    const here = author('barrito');
    const there = author('san-salvario');
    const { id: personId } = await addPerson(db, here);
    const days = ['2026-03-01', '2026-03-10', '2026-03-10', '2026-03-31', '2026-02-28', '2026-04-01'];
    const visits = [];
    for (const date of days) visits.push(await addVisit(db, here, { personId, date, siteId: 'barrito' }));
    await addVisit(db, there, { personId, date: '2026-03-10', siteId: 'san-salvario' });
    await deleteRecord(db, here, 'visits', visits[1]!.id);

    expect(await deskCounts(db, 'barrito', '2026-03-10')).toEqual({ day: 1, month: 3 });
    expect(await deskCounts(db, 'san-salvario', '2026-03-10')).toEqual({ day: 1, month: 1 });
    expect(await deskCounts(db, 'barrito', '2026-05-02')).toEqual({ day: 0, month: 0 });
    expect(await countVisits(db, 'barrito', '2026-02-01', '2026-04-30')).toBe(5);
  });
});
