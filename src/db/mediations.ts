import { Dexie } from 'dexie';
import type { SportelloDb } from './database.ts';
import type { Mediation } from '../domain/records/activities.ts';

/**
 * The mediation log: sessions by mediator and month, with the month's number of sessions and
 * hours. A session's duration is stored in whole minutes; the form asks hours and minutes.
 */

/** Minutes from what was typed as hours and minutes; NaN when either is not a whole number. */
export function minutesFrom(hours: string, minutes: string): number {
  const h = hours.trim() === '' ? 0 : /^\d+$/.test(hours.trim()) ? Number(hours.trim()) : Number.NaN;
  const m = minutes.trim() === '' ? 0 : /^\d+$/.test(minutes.trim()) ? Number(minutes.trim()) : Number.NaN;
  if (!Number.isNaN(m) && m > 59) return Number.NaN;
  return h * 60 + m;
}

export function hoursAndMinutes(total: number): { hours: number; minutes: number } {
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

export interface MonthOfMediations {
  /** YYYY-MM */
  month: string;
  sessions: Mediation[];
  minutes: number;
}

/** Sessions grouped by month, newest month first, each month's sessions newest first. */
export function byMonth(mediations: readonly Mediation[]): MonthOfMediations[] {
  const months = new Map<string, Mediation[]>();
  for (const m of mediations) {
    if (m.deleted) continue;
    const month = m.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), m]);
  }
  return [...months.entries()]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, sessions]) => ({
      month,
      sessions: sessions.sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)),
      minutes: sessions.reduce((sum, s) => sum + s.minutes, 0),
    }));
}

/**
 * A mediator's sessions since a day (one range of the [mediatorId+date] index), or everyone's
 * (a range of the date index). Never a scan of the table.
 */
export async function mediationsSince(db: SportelloDb, since: string, mediatorId?: string): Promise<Mediation[]> {
  const rows = mediatorId
    ? await db.mediations.where('[mediatorId+date]').between([mediatorId, since], [mediatorId, Dexie.maxKey], true, true).toArray()
    : await db.mediations.where('date').aboveOrEqual(since).toArray();
  return rows.filter((m) => !m.deleted);
}

/** A person's sessions, for her timeline. */
export async function mediationsOfPerson(db: SportelloDb, personId: string): Promise<Mediation[]> {
  return (await db.mediations.where('personId').equals(personId).toArray()).filter((m) => !m.deleted);
}

/** The first day of the month `back` months before the month of `today`. */
export function monthsBack(today: string, back: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - back;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
