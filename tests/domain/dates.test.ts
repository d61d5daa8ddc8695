import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDay, localDate, yearOf } from '../../src/domain/dates.ts';

describe('days', () => {
  it.each<[s: string, day: boolean]>([
    ['2026-03-10', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-3-10', false],
    ['2026-03-10T00:00:00Z', false],
    [' 2026-03-10', false],
    ['10/03/2026', false],
    ['', false],
  ])('isDay(%j) is %s', (s, day) => {
    expect(isDay(s)).toBe(day);
  });

  it.each<[date: string, days: number, expected: string]>([
    ['2026-03-10', 1, '2026-03-11'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
    // The change to summer time (29 March 2026 in Rome) is still one calendar day.
    ['2026-03-28', 2, '2026-03-30'],
  ])('addDays(%s, %i) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each<[from: string, to: string, days: number]>([
    ['2026-03-10', '2026-03-10', 0],
    ['2026-03-10', '2026-03-13', 3],
    ['2026-03-13', '2026-03-10', -3],
    ['2026-02-27', '2026-03-02', 3],
    ['2024-02-27', '2024-03-02', 4],
    ['2025-12-30', '2026-01-02', 3],
    ['2026-03-28', '2026-03-30', 2],
  ])('daysBetween(%s, %s) is %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('reads the day in the site time zone, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Rome.
    expect(localDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(localDate(new Date('2025-12-31T23:30:00Z'), 'UTC')).toBe('2025-12-31');
    expect(yearOf('2026-01-01')).toBe(2026);
  });
});
