import { describe, expect, it } from 'vitest';
import { pathwayTimelineOf, timelineOf } from '../../src/db/timeline.ts';
import { moveGrant, proposeGrant } from '../../src/db/grants.ts';
import { closePathway } from '../../src/db/pathwayClosing.ts';
import { author, testDevice } from './helpers.ts';
import { addConsultation, addPathway } from './pathwaySeed.ts';
import { addPerson, addVisit } from './seed.ts';

describe('the person’s timeline with pathways', () => {
  it('lists visits, pathway opening and closing, interventions and grants, newest first', async () => {
    const { db } = testDevice();
    const who = author();
    const p = await addPerson(db, who);
    await addVisit(db, who, { personId: p.id, date: '2026-01-05' });
    const pathway = await addPathway(db, who, p.id, { openedOn: '2026-01-12' });
    await addConsultation(db, who, pathway, { date: '2026-02-02' });
    const g = await proposeGrant(db, who, 'operator', pathway.id, { amountCents: 45_000, expenseType: 'newborn_kit', proposedOn: '2026-02-10' });
    await moveGrant(db, who, 'coordinator', g.id, 'approved');
    await moveGrant(db, who, 'operator', g.id, 'paid'); // paid: it stays as it is when the pathway closes
    await closePathway(db, who, 'operator', pathway.id, { closedOn: '2026-03-01', outcome: 'Concluso', goals: pathway.goals, cancelGrantIds: [] });

    const entries = await timelineOf(db, p.id);
    expect(entries.map((e) => [e.kind, e.date])).toEqual([
      ['pathwayClosed', '2026-03-01'],
      ['grant', '2026-02-10'],
      ['intervention', '2026-02-02'],
      ['pathwayOpened', '2026-01-12'],
      ['visit', '2026-01-05'],
    ]);
    const grant = entries.find((e) => e.kind === 'grant');
    expect(grant?.kind === 'grant' && grant.grant.status).toBe('paid');
  });

  it('a pathway’s timeline: its interventions and her visits while it was open', async () => {
    const { db } = testDevice();
    const who = author();
    const p = await addPerson(db, who);
    await addVisit(db, who, { personId: p.id, date: '2026-01-05' }); // before
    await addVisit(db, who, { personId: p.id, date: '2026-02-01' });
    const pathway = await addPathway(db, who, p.id, { openedOn: '2026-01-12' });
    const other = await addPathway(db, who, p.id, { openedOn: '2026-01-20' });
    await addConsultation(db, who, pathway, { date: '2026-01-20' });
    await addConsultation(db, who, other, { date: '2026-01-21' });
    const closed = await closePathway(db, who, 'operator', pathway.id, { closedOn: '2026-02-15', outcome: 'x', goals: pathway.goals, cancelGrantIds: [] });
    await addVisit(db, who, { personId: p.id, date: '2026-02-20' }); // after

    const entries = await pathwayTimelineOf(db, closed);
    expect(entries.map((e) => [e.kind, e.date])).toEqual([['visit', '2026-02-01'], ['intervention', '2026-01-20']]);
  });
});
