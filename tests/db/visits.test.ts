import { describe, expect, it } from 'vitest';
import { deleteRecord, getRecord, RecordNotFoundError } from '../../src/db/repository.ts';
import { timelineOf } from '../../src/db/timeline.ts';
import { deleteVisit, updateVisit, VisitNotCorrectableError } from '../../src/db/visitWrites.ts';
import { deskDay, visitsAtDeskOnDay, visitsOfPerson, visitsOnDay } from '../../src/db/visits.ts';
import { correctedVisitFields, visitFormOf } from '../../src/forms/visitForm.ts';
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

describe('correcting a visit', () => {
  it('an edit writes one update to the outbox with only the fields that changed', async () => {
    const { db } = testDevice();
    const desk = author('barrito');
    const p = await addPerson(db, desk);
    const v = await addVisit(db, desk, { personId: p.id, date: '2026-03-02', siteId: 'barrito', topics: ['pregnancy'], guidance: 'Spiegato il bonus.', formVersion: 1 });
    const corrector = author('barrito');
    const form = { ...visitFormOf(v), topics: ['pregnancy', 'benefits'], guidance: '' };

    const saved = await updateVisit(db, corrector, v.id, correctedVisitFields(form, v));

    const rows = await db.outbox.orderBy('seq').toArray();
    expect(rows.map((r) => r.op)).toEqual(['create', 'create', 'update']);
    expect(rows[2]).toMatchObject({ table: 'visits', recordId: v.id, baseVersion: v.version });
    expect(rows[2]!.changes).toEqual({ topics: ['pregnancy', 'benefits'], guidance: null });
    expect(saved).toMatchObject({ topics: ['pregnancy', 'benefits'], operatorId: desk.operatorId, updatedBy: corrector.operatorId });
    expect(saved.guidance).toBeUndefined();
    // Saving the same answers again writes nothing.
    await updateVisit(db, corrector, v.id, correctedVisitFields(form, saved));
    expect(await db.outbox.count()).toBe(3);
  });

  it('a delete leaves a tombstone of the envelope, a delete outbox row, and the visit leaves her timeline', async () => {
    const { db } = testDevice();
    const desk = author('barrito');
    const p = await addPerson(db, desk);
    const kept = await addVisit(db, desk, { personId: p.id, date: '2026-03-01', siteId: 'barrito' });
    const gone = await addVisit(db, desk, { personId: p.id, date: '2026-03-02', siteId: 'barrito' });
    expect((await timelineOf(db, p.id)).map((e) => e.key)).toEqual([`visit:${gone.id}`, `visit:${kept.id}`]);

    await deleteVisit(db, desk, gone.id);

    expect(await db.visits.get(gone.id)).toEqual({
      id: gone.id, siteId: 'barrito', version: gone.version, createdAt: gone.createdAt, updatedAt: expect.any(String),
      updatedBy: desk.operatorId, deleted: true,
    });
    const last = (await db.outbox.orderBy('seq').toArray()).at(-1);
    expect(last).toMatchObject({ table: 'visits', recordId: gone.id, op: 'delete', changes: { deleted: true } });
    expect((await timelineOf(db, p.id)).map((e) => e.key)).toEqual([`visit:${kept.id}`]);
    expect(await getRecord(db, 'visits', gone.id)).toBeUndefined();
    await expect(updateVisit(db, desk, gone.id, { topics: ['health'] })).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it("another site's visit is neither edited nor deleted from this desk", async () => {
    const { db } = testDevice();
    const elsewhere = author('vallette');
    const p = await addPerson(db, elsewhere);
    const v = await addVisit(db, elsewhere, { personId: p.id, date: '2026-03-02', siteId: 'vallette' });
    const here = author('barrito');
    await expect(updateVisit(db, here, v.id, { topics: ['health'] })).rejects.toBeInstanceOf(VisitNotCorrectableError);
    await expect(deleteVisit(db, here, v.id)).rejects.toBeInstanceOf(VisitNotCorrectableError);
    expect(await getRecord(db, 'visits', v.id)).toEqual(v);
    expect(await db.outbox.count()).toBe(2);
  });
});

describe('the same-day check', () => {
  it("finds her visits of that day at this site, not another site's, another day's, another person's or a deleted one", async () => {
    const { db } = testDevice();
    const who = author('barrito');
    const amina = await addPerson(db, who);
    const rosa = await addPerson(db, who, {}, 'peruvian');
    const today = await addVisit(db, who, { personId: amina.id, date: '2026-03-02', siteId: 'barrito' });
    await addVisit(db, who, { personId: amina.id, date: '2026-03-02', siteId: 'vallette' });
    await addVisit(db, who, { personId: amina.id, date: '2026-03-01', siteId: 'barrito' });
    await addVisit(db, who, { personId: rosa.id, date: '2026-03-02', siteId: 'barrito' });
    const deleted = await addVisit(db, who, { personId: amina.id, date: '2026-03-02', siteId: 'barrito' });
    await deleteVisit(db, who, deleted.id);

    const q = { personId: amina.id, siteId: 'barrito', date: '2026-03-02' };
    expect((await visitsAtDeskOnDay(db, q)).map((v) => v.id)).toEqual([today.id]);
    expect(await visitsAtDeskOnDay(db, { ...q, exceptId: today.id })).toEqual([]);
    expect(await visitsAtDeskOnDay(db, { ...q, date: '2026-03-03' })).toEqual([]);
  });
});
