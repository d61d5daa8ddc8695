import { Dexie } from 'dexie';
import { normaliseCodiceFiscale } from '../domain/codiceFiscale.ts';
import type { Person } from '../domain/records/person.ts';
import type { Visit } from '../domain/records/visit.ts';
import { nameTokens, queryKeys } from '../domain/search/nameKeys.ts';
import type { SportelloDb } from './database.ts';
import { stripLocalFields, type LocalRow } from './localFields.ts';

/**
 * Person search for the front desk: one box that takes a name (any part, any order, any
 * transliteration), a phone number or a codice fiscale. Every lookup is an index lookup, so a
 * keystroke costs the same at 100 people and at 100,000.
 */
const CANDIDATES = 400;

export async function searchPeople(db: SportelloDb, query: string, limit = 20): Promise<Person[]> {
  const q = query.trim();
  if (q === '') return [];
  const digits = q.replace(/[\s.\-()/]/g, '');
  if (/^\+?\d{3,}$/.test(digits)) {
    const key = digits.replace(/^(\+|00)39/, '').replace(/^\+/, '');
    return live(await db.people.where('phoneKey').startsWith(key).limit(limit).toArray());
  }
  if (/^[a-z]{6}[0-9lmnpqrstuv]{2}/i.test(q.replace(/\s+/g, ''))) {
    const key = normaliseCodiceFiscale(q);
    return live(await db.people.where('cfKey').startsWith(key).limit(limit).toArray());
  }
  return searchByName(db, nameTokens(q), limit);
}

async function searchByName(db: SportelloDb, words: string[], limit: number): Promise<Person[]> {
  if (words.length === 0) return [];
  // Look up the longest word (the most selective), then check the others on the candidates.
  const [first, ...others] = [...words].sort((a, b) => b.length - a.length) as [string, ...string[]];
  const ids = await db.people.where('searchKeys').anyOf(queryKeys(first)).limit(CANDIDATES).primaryKeys();
  const rows = (await db.people.bulkGet([...new Set(ids)])).filter(
    (row): row is LocalRow<'people'> => row !== undefined && !row.deleted,
  );
  const matching = rows.filter((row) => others.every((w) => queryKeys(w).some((k) => row.searchKeys.includes(k))));
  // Exact spellings first, then by surname.
  const spelledAsTyped = (row: LocalRow<'people'>) => words.every((w) => row.searchKeys.includes(queryKeys(w)[0]!));
  matching.sort((a, b) => Number(spelledAsTyped(b)) - Number(spelledAsTyped(a)) || a.lastName.localeCompare(b.lastName));
  return matching.slice(0, limit).map((row) => stripLocalFields<'people'>(row));
}

function live(rows: LocalRow<'people'>[]): Person[] {
  return rows.filter((row) => !row.deleted).map((row) => stripLocalFields<'people'>(row));
}

/** The person's most recent visit, to tell two people of the same name apart. */
export async function lastVisitOf(db: SportelloDb, personId: string): Promise<Visit | undefined> {
  const visits = await db.visits
    .where('[personId+date]')
    .between([personId, Dexie.minKey], [personId, Dexie.maxKey])
    .reverse()
    .filter((v) => !v.deleted)
    .limit(1)
    .toArray();
  return visits[0];
}
