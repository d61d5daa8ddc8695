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

/** How many index keys one word of several may bring; keys are cheap, rows are not. */
const KEYS_PER_WORD = 2000;

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
  // Each word is answered from the index alone (ids, not rows): who has its spelling and who
  // has its sound. Only the few people finally shown are read whole.
  // One word needs no more ids than are shown; several must be intersected, so fetch more.
  const cap = words.length === 1 ? limit * 2 : KEYS_PER_WORD;
  const matches = await Promise.all(words.map((word) => idsMatching(db, word, cap)));
  const [first, ...others] = matches.sort((a, b) => a.all.size - b.all.size) as [WordMatch, ...WordMatch[]];
  const both = [...first.all].filter((id) => others.every((m) => m.all.has(id)));
  // Exact spellings first, then by surname among those shown.
  const spelled = both.filter((id) => matches.every((m) => m.spelled.has(id)));
  const sounded = both.filter((id) => !matches.every((m) => m.spelled.has(id)));
  const rows = await db.people.bulkGet([...spelled, ...sounded].slice(0, limit + 10));
  const exact = new Set(spelled);
  const people = rows
    .filter((row): row is LocalRow<'people'> => row !== undefined && !row.deleted)
    .sort((a, b) => Number(exact.has(b.id)) - Number(exact.has(a.id)) || a.lastName.localeCompare(b.lastName, 'it'))
    .slice(0, limit);
  return people.map((row) => stripLocalFields<'people'>(row));
}

interface WordMatch {
  spelled: Set<string>;
  all: Set<string>;
}

async function idsMatching(db: SportelloDb, word: string, cap: number): Promise<WordMatch> {
  // Separate equality lookups: IndexedDB answers each in one call, where anyOf() steps a cursor.
  const [spellingKey, soundKey] = queryKeys(word) as [string, string | undefined];
  const [spelled, sounded] = await Promise.all([
    db.people.where('searchKeys').equals(spellingKey).limit(cap).primaryKeys(),
    soundKey ? db.people.where('searchKeys').equals(soundKey).limit(cap).primaryKeys() : Promise.resolve([]),
  ]);
  return { spelled: new Set(spelled), all: new Set([...spelled, ...sounded]) };
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
