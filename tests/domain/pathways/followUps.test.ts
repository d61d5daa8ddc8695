import { describe, expect, it } from 'vitest';
import { followUpTiming, pendingFollowUps } from '../../../src/domain/pathways/followUps.ts';

const TODAY = '2026-03-10';

describe('when a follow-up is due', () => {
  it.each([
    ['2026-03-03', { when: 'late', days: 7 }],
    ['2026-03-09', { when: 'late', days: 1 }],
    ['2026-02-28', { when: 'late', days: 10 }],
    [TODAY, { when: 'today' }],
    ['2026-03-11', { when: 'upcoming', days: 1 }],
    ['2026-04-01', { when: 'upcoming', days: 22 }],
  ] as const)('a follow-up on %s is %j', (followUpOn, timing) => {
    expect(followUpTiming(followUpOn, TODAY)).toEqual(timing);
  });
});

/** One intervention: [name, pathway, its date, its follow-up]; created in the order listed. */
type Row = readonly [name: string, pathwayId: string, date: string, followUpOn?: string];
const interventions = (rows: readonly Row[]) =>
  rows.map(([name, pathwayId, date, followUpOn], n) => ({
    name, pathwayId, date, createdAt: `2026-03-10T08:00:${String(n).padStart(2, '0')}.000Z`, ...(followUpOn ? { followUpOn } : {}),
  }));
const pending = (rows: readonly Row[]) => pendingFollowUps(interventions(rows)).map((i) => i.name);

describe('the follow-ups still to do, the earliest first', () => {
  it.each<[string, readonly Row[], string[]]>([
    ['overdue ones first, the most overdue on top, then today’s, then the upcoming', [
      ['upcoming', 'p1', '2026-03-01', '2026-03-20'],
      ['today', 'p2', '2026-03-02', TODAY],
      ['late by a day', 'p3', '2026-02-20', '2026-03-09'],
      ['late by a week', 'p4', '2026-02-10', '2026-03-03'],
    ], ['late by a week', 'late by a day', 'today', 'upcoming']],
    ['an overdue one stays while nothing happened after it', [
      ['planned', 'p1', '2026-01-10', '2026-01-20'],
    ], ['planned']],
    ['done by an intervention on a later day, even an early one', [
      ['planned', 'p1', '2026-03-01', '2026-03-20'],
      ['came early', 'p1', '2026-03-05'],
    ], []],
    ['done late, and the next one planned then is the one listed', [
      ['planned', 'p1', '2026-02-01', '2026-02-15'],
      ['done late, plans again', 'p1', '2026-03-02', '2026-03-30'],
    ], ['done late, plans again']],
    ['an intervention recorded later but dated earlier does not do it', [
      ['planned', 'p1', '2026-03-01', '2026-03-08'],
      ['entered late, happened before', 'p1', '2026-02-20'],
    ], ['planned']],
    ['another intervention the same day is the same contact', [
      ['planned', 'p1', '2026-03-01', '2026-03-08'],
      ['same day', 'p1', '2026-03-01'],
    ], ['planned']],
    ['each pathway on its own', [
      ['p1 planned', 'p1', '2026-03-01', '2026-03-08'],
      ['p2 later', 'p2', '2026-03-09'],
    ], ['p1 planned']],
    ['the same day, in the order recorded', [
      ['first', 'p1', '2026-03-01', '2026-03-12'],
      ['second', 'p2', '2026-03-01', '2026-03-12'],
    ], ['first', 'second']],
    ['none planned', [['no follow-up', 'p1', '2026-03-01']], []],
  ])('%s', (_name, rows, expected) => {
    expect(pending(rows)).toEqual(expected);
  });
});
