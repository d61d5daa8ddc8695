import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../src/db/timeline.ts';
import { author, testDevice } from './helpers.ts';
import { addPerson, addVisit } from './seed.ts';

describe('timeline', () => {
  it("lists a person's visits newest first", async () => {
    const { db } = testDevice();
    const who = author();
    const p = await addPerson(db, who);
    for (const date of ['2026-01-10', '2026-03-02', '2026-02-20']) await addVisit(db, who, { personId: p.id, date });
    const entries = await timelineOf(db, p.id);
    expect(entries.map((e) => [e.kind, e.date])).toEqual([['visit', '2026-03-02'], ['visit', '2026-02-20'], ['visit', '2026-01-10']]);
  });
});
