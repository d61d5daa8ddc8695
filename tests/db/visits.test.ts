import { describe, expect, it } from 'vitest';
import { deleteRecord } from '../../src/db/repository.ts';
import { deskDay, visitsOfPerson, visitsOnDay } from '../../src/db/visits.ts';
import { author, testDevice } from './helpers.ts';
import { addPerson, addVisit } from './seed.ts';

describe('visit queries', () => {
  it("lists a person's visits newest first, without deleted ones", async () => {
    const { db } = testDevice();
    const who = author();
    const amina = await addPerson(db, who);
    const other = await addPerson(db, who, {}, 'peruvian');
    for (const date of ['2026-01-10', '2026-03-02', '2026-02-20']) await addVisit(db, who, { personId: amina.id, date });
    const gone = await addVisit(db, who, { personId: amina.id, date: '2026-03-05' });
    await addVisit(db, who, { personId: other.id, date: '2026-03-03' });
    await deleteRecord(db, who, 'visits', gone.id);

    expect((await visitsOfPerson(db, amina.id)).map((v) => v.date)).toEqual(['2026-03-02', '2026-02-20', '2026-01-10']);
  });

  it('orders visits of the same day by when they were recorded', async () => {
    const { db } = testDevice();
    const who = author();
    const p = await addPerson(db, who);
    const first = await addVisit(db, who, { personId: p.id, date: '2026-03-02', note: 'first' });
    await new Promise((r) => setTimeout(r, 5));
    const second = await addVisit(db, who, { personId: p.id, date: '2026-03-02', note: 'second' });
    expect((await visitsOfPerson(db, p.id)).map((v) => v.id)).toEqual([second.id, first.id]);
    expect((await visitsOnDay(db, who.siteId, '2026-03-02')).map((v) => v.id)).toEqual([second.id, first.id]);
  });

  it("gives the day's visits at a site with the people they were for", async () => {
    const { db } = testDevice();
    const who = author('barrito');
    const amina = await addPerson(db, who);
    const rosa = await addPerson(db, who, {}, 'peruvian');
    await addVisit(db, who, { personId: amina.id, date: '2026-03-02', siteId: 'barrito' });
    await addVisit(db, who, { personId: rosa.id, date: '2026-03-02', siteId: 'barrito' });
    await addVisit(db, who, { personId: rosa.id, date: '2026-03-02', siteId: 'vallette' });
    await addVisit(db, who, { personId: rosa.id, date: '2026-03-01', siteId: 'barrito' });
    await addVisit(db, who, { personId: 'not-on-this-device', date: '2026-03-02', siteId: 'barrito' });

    const day = await deskDay(db, 'barrito', '2026-03-02');
    expect(day).toHaveLength(3);
    expect(day.map((d) => d.person?.firstName ?? null).sort()).toEqual(['Amina', 'Rosa', null].sort());
  });
});
