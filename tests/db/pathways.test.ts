import { afterEach, describe, expect, it } from 'vitest';
import { historyOf } from '../../src/db/history.ts';
import { closePathway } from '../../src/db/pathwayClosing.ts';
import {
  editPathway, followUpsDue, interventionsOfPathway, interventionsOfPerson, myOpenPathways, openPathwaysOf,
  pathwayFile, pathwaysOfPerson, PathwayStateError, reopenPathway,
} from '../../src/db/pathways.ts';
import { deleteRecord, getRecord, RecordValidationError } from '../../src/db/repository.ts';
import { author, testDevice, type TestDevice } from './helpers.ts';
import { addConsultation, addPathway, addPerson } from './pathwaySeed.ts';

const devices: TestDevice[] = [];
function device(): TestDevice {
  const d = testDevice();
  devices.push(d);
  return d;
}
afterEach(() => {
  for (const d of devices.splice(0)) d.db.close();
});

describe('opening, closing and reopening a pathway', () => {
  it('opens an open pathway at the chosen site, with its outbox row and a history entry', async () => {
    const { db } = device();
    const who = author('barrito');
    const amina = await addPerson(db, who);
    const p = await addPathway(db, who, amina.id, { siteId: 'vallette' });
    expect(p).toMatchObject({ status: 'open', siteId: 'vallette', personId: amina.id, caseManagerId: who.operatorId });
    expect(p.goals).toHaveLength(2);
    expect(await db.outbox.where('[table+recordId]').equals(['pathways', p.id]).count()).toBe(1);
    expect((await historyOf(db, 'pathways', p.id)).map((h) => h.kind)).toEqual(['created']);
  });

  it('closes with an outcome and the goals’ final status, then reopens with a reason', async () => {
    const { db } = device();
    const who = author();
    const amina = await addPerson(db, who);
    const p = await addPathway(db, who, amina.id);
    const goals = p.goals.map((g, i) => ({ ...g, status: i === 0 ? ('reached' as const) : ('dropped' as const) }));
    const closed = await closePathway(db, who, 'operator', p.id, { closedOn: '2026-03-01', outcome: 'Bambino iscritto al nido', goals, cancelGrantIds: [] });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-03-01', outcome: 'Bambino iscritto al nido' });
    expect(closed.goals.map((g) => g.status)).toEqual(['reached', 'dropped']);
    await expect(closePathway(db, who, 'operator', p.id, { closedOn: '2026-03-02', outcome: 'x', goals, cancelGrantIds: [] })).rejects.toBeInstanceOf(PathwayStateError);

    const reopened = await reopenPathway(db, who, p.id, 'Nuovo sfratto');
    expect(reopened.status).toBe('open');
    expect(reopened).not.toHaveProperty('closedOn');
    expect(reopened.reopenReason).toBe('Nuovo sfratto');
    expect(reopened.outcome).toBe('Bambino iscritto al nido');
    await expect(reopenPathway(db, who, p.id, 'di nuovo')).rejects.toBeInstanceOf(PathwayStateError);

    const history = await historyOf(db, 'pathways', p.id);
    expect(history.map((h) => h.kind)).toEqual(['created', 'updated', 'updated']);
    expect(history[2]!.changes.map((c) => c.field).sort()).toEqual(['closedOn', 'reopenReason', 'status']);
  });

  it('refuses a closing date before the opening, writing nothing', async () => {
    const { db } = device();
    const who = author();
    const p = await addPathway(db, who, (await addPerson(db, who)).id, { openedOn: '2026-02-01' });
    const before = await db.outbox.count();
    const error = await closePathway(db, who, 'operator', p.id, { closedOn: '2026-01-01', outcome: 'x', goals: p.goals, cancelGrantIds: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecordValidationError);
    expect((error as RecordValidationError).errors).toContainEqual({ path: 'closedOn', key: 'closed_before_opened' });
    expect((await getRecord(db, 'pathways', p.id))!.status).toBe('open');
    expect(await db.outbox.count()).toBe(before);
  });

  it('edits goals and fragilities of an open pathway', async () => {
    const { db } = device();
    const who = author();
    const p = await addPathway(db, who, (await addPerson(db, who)).id);
    const edited = await editPathway(db, who, p.id, { goals: [{ ...p.goals[0]!, status: 'in_progress' }], fragilities: ['housing'] });
    expect(edited.goals).toHaveLength(1);
    expect(edited.fragilities).toEqual(['housing']);
  });
});

describe('pathway queries', () => {
  it('lists a person’s pathways and interventions, the newest first, without tombstones', async () => {
    const { db } = device();
    const who = author();
    const amina = await addPerson(db, who);
    const rosa = await addPerson(db, who, 'peruvian');
    const older = await addPathway(db, who, amina.id, { openedOn: '2025-06-01' });
    const newer = await addPathway(db, who, amina.id, { openedOn: '2026-01-10' });
    const rosas = await addPathway(db, who, rosa.id);
    const i1 = await addConsultation(db, who, older, { date: '2025-06-10' });
    const i2 = await addConsultation(db, who, newer, { date: '2026-01-20', type: 'home_visiting' });
    const gone = await addConsultation(db, who, newer, { date: '2026-01-21' });
    await deleteRecord(db, who, 'interventions', gone.id);
    await addConsultation(db, who, rosas);

    expect((await pathwaysOfPerson(db, amina.id)).map((p) => p.id)).toEqual([newer.id, older.id]);
    expect((await interventionsOfPerson(db, amina.id)).map((i) => i.id)).toEqual([i2.id, i1.id]);
    expect((await interventionsOfPathway(db, newer.id)).map((i) => i.id)).toEqual([i2.id]);
    expect(i2).toMatchObject({ personId: amina.id, siteId: newer.siteId });
  });

  it('“my pathways”: the case manager’s open pathways and her follow-ups still to do, the overdue first', async () => {
    const { db } = device();
    const me = author();
    const colleague = author();
    const amina = await addPerson(db, me);
    const rosa = await addPerson(db, me, 'peruvian');
    const fatima = await addPerson(db, me, 'moroccan');
    const giulia = await addPerson(db, me, 'italian');
    const mine = await addPathway(db, me, amina.id, { openedOn: '2026-01-05' });
    const mineToo = await addPathway(db, me, rosa.id, { openedOn: '2025-12-01' });
    const third = await addPathway(db, me, giulia.id);
    const closed = await addPathway(db, me, fatima.id);
    const theirs = await addPathway(db, colleague, fatima.id);
    await closePathway(db, me, 'operator', closed.id, { closedOn: '2026-02-01', outcome: 'Concluso', goals: closed.goals, cancelGrantIds: [] });

    const today = '2026-03-10';
    await addConsultation(db, me, mine, { date: '2026-02-02', followUpOn: '2026-03-01' }); // done: she came back on the 20th
    const late = await addConsultation(db, me, mine, { date: '2026-02-20', followUpOn: '2026-03-09' }); // yesterday: overdue
    const dueToday = await addConsultation(db, me, mineToo, { date: '2026-02-02', followUpOn: today });
    await addConsultation(db, me, mineToo, { date: '2026-02-02' }); // the same day: not the follow-up
    const deleted = await addConsultation(db, me, mineToo, { date: '2026-03-05' });
    await deleteRecord(db, me, 'interventions', deleted.id); // a deleted one does not do it either
    const upcoming = await addConsultation(db, me, third, { date: '2026-03-02', followUpOn: '2026-04-01' });
    await addConsultation(db, me, closed, { date: '2026-01-20', followUpOn: '2026-01-25' }); // closed pathway
    await addConsultation(db, colleague, theirs, { followUpOn: '2026-03-01' }); // someone else's

    expect((await openPathwaysOf(db, me.operatorId)).map((p) => p.id)).toEqual([mineToo.id, mine.id, third.id]);
    const due = await followUpsDue(db, me.operatorId, today);
    expect(due.map((f) => [f.intervention.id, f.timing])).toEqual([
      [late.id, { when: 'late', days: 1 }],
      [dueToday.id, { when: 'today' }],
      [upcoming.id, { when: 'upcoming', days: 22 }],
    ]);
    expect(due.map((f) => f.person?.firstName)).toEqual(['Amina', 'Rosa', 'Giulia']);

    const summaries = await myOpenPathways(db, me.operatorId, today);
    expect(summaries.map((s) => [s.person?.firstName, s.nextFollowUp])).toEqual([
      ['Rosa', { on: today, timing: { when: 'today' } }],
      ['Amina', { on: '2026-03-09', timing: { when: 'late', days: 1 } }],
      ['Giulia', { on: '2026-04-01', timing: { when: 'upcoming', days: 22 } }],
    ]);

    // Her next intervention on Amina's pathway is the follow-up: it is no longer listed.
    await addConsultation(db, me, mine, { date: today });
    expect((await followUpsDue(db, me.operatorId, today)).map((f) => f.intervention.id)).toEqual([dueToday.id, upcoming.id]);
    expect(await myOpenPathways(db, author().operatorId, today)).toEqual([]);
  });

  it('a pathway’s file has its person, interventions and grants', async () => {
    const { db } = device();
    const who = author();
    const amina = await addPerson(db, who);
    const p = await addPathway(db, who, amina.id);
    await addConsultation(db, who, p);
    const file = await pathwayFile(db, p.id);
    expect(file?.person?.id).toBe(amina.id);
    expect(file?.interventions).toHaveLength(1);
    expect(file?.grants).toEqual([]);
    expect(await pathwayFile(db, 'missing')).toBeNull();
  });
});
