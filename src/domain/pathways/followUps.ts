import { daysBetween } from '../dates.ts';
import type { Intervention } from '../records/pathway.ts';

/**
 * The follow-ups a case manager still has to do. An intervention plans one with `followUpOn`;
 * it is done once the pathway has an intervention on a later day — the follow-up itself, early
 * or late, which may plan the next one. Another intervention the same day does not count: it is
 * the same contact. A follow-up whose day has passed stays, marked late, until then.
 */

type Planned = Pick<Intervention, 'pathwayId' | 'date' | 'followUpOn' | 'createdAt'>;

export type FollowUpTiming =
  | { when: 'late'; days: number }
  | { when: 'today' }
  | { when: 'upcoming'; days: number };

export function followUpTiming(followUpOn: string, today: string): FollowUpTiming {
  const days = daysBetween(today, followUpOn);
  if (days < 0) return { when: 'late', days: -days };
  return days === 0 ? { when: 'today' } : { when: 'upcoming', days };
}

/**
 * The pending follow-ups among the interventions of some pathways (each pathway's whole list,
 * tombstones removed), the earliest day first: the most overdue on top, then today's, then the
 * upcoming ones.
 */
export function pendingFollowUps<T extends Planned>(interventions: readonly T[]): (T & { followUpOn: string })[] {
  const lastDay = new Map<string, string>();
  for (const i of interventions) {
    const seen = lastDay.get(i.pathwayId);
    if (seen === undefined || i.date > seen) lastDay.set(i.pathwayId, i.date);
  }
  return interventions
    .filter((i): i is T & { followUpOn: string } => i.followUpOn !== undefined && i.date === lastDay.get(i.pathwayId))
    .sort((a, b) => a.followUpOn.localeCompare(b.followUpOn) || a.createdAt.localeCompare(b.createdAt));
}
