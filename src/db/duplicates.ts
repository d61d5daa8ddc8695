import type { Person } from '../domain/records/person.ts';
import { nameTokens, skeleton } from '../domain/search/nameKeys.ts';
import type { SportelloDb } from './database.ts';
import { birthYearOf } from './deskSearch.ts';
import { searchPeople } from './peopleSearch.ts';

export interface DuplicateQuery {
  firstName: string;
  lastName: string;
  birthYear?: number | undefined;
  /** The record being edited, never its own duplicate. */
  excludeId?: string | undefined;
}

/**
 * People already on the device who may be the one being registered: every typed name word
 * matches one of their name words as a whole word (same spelling or same transliteration
 * skeleton, so "Aisha Muhammad" finds "Aïcha Mohammed"), and, when a birth year is given,
 * they were born that year or their year is not known.
 */
export async function possibleDuplicates(db: SportelloDb, q: DuplicateQuery, limit = 5): Promise<Person[]> {
  const first = nameTokens(q.firstName);
  const last = nameTokens(q.lastName);
  if (first.length === 0 || last.length === 0) return [];
  const typed = [...first, ...last];
  const candidates = await searchPeople(db, typed.join(' '), 50);
  return candidates
    .filter((p) => p.id !== q.excludeId)
    .filter((p) => {
      const theirs = nameTokens(`${p.firstName} ${p.lastName}`);
      return typed.every((word) => theirs.some((token) => sameWord(word, token)));
    })
    .filter((p) => {
      const year = birthYearOf(p);
      return q.birthYear === undefined || year === undefined || year === q.birthYear;
    })
    .slice(0, limit);
}

function sameWord(a: string, b: string): boolean {
  return a === b || (a.length >= 3 && b.length >= 3 && skeleton(a) === skeleton(b));
}
