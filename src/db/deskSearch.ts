import type { Person } from '../domain/records/person.ts';
import type { Visit } from '../domain/records/visit.ts';
import type { SportelloDb } from './database.ts';
import { lastVisitOf, searchPeople } from './peopleSearch.ts';

/**
 * What the front desk shows for each person found: enough to tell two people of the same name
 * apart (birth year, country, children, where and when she was last seen).
 */
export interface DeskResult {
  person: Person;
  lastVisit: Visit | undefined;
}

export async function searchForDesk(db: SportelloDb, query: string, limit = 20): Promise<DeskResult[]> {
  const people = await searchPeople(db, query, limit);
  const lastVisits = await Promise.all(people.map((p) => lastVisitOf(db, p.id)));
  return people.map((person, i) => ({ person, lastVisit: lastVisits[i] }));
}

/** The year a person was born, from the full date when there is one. */
export function birthYearOf(p: Pick<Person, 'birthDate' | 'birthYear'>): number | undefined {
  return p.birthDate ? Number(p.birthDate.slice(0, 4)) : p.birthYear;
}
