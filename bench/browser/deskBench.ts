import { openDatabase, type SportelloDb } from '../../src/db/database.ts';
import { withLocalFields, type LocalRow } from '../../src/db/localFields.ts';
import { searchForDesk } from '../../src/db/deskSearch.ts';
import { searchPeople } from '../../src/db/peopleSearch.ts';
import { createRecord } from '../../src/db/repository.ts';
import { localDate } from '../../src/domain/dates.ts';
import { newId } from '../../src/domain/ids.ts';
import { personSchema } from '../../src/domain/records/person.ts';
import { defaultSites } from '../../src/domain/vocab/sites.ts';
import type { Keystroke, SeedResult } from './api.ts';
import { makePerson, makeVisitFields } from './records.ts';
import { seededRng } from './rng.ts';

/** Front-desk figures: a device holding 100,000 people, searched while typing, visits saved. */
let db: SportelloDb | undefined;
const personIds: string[] = [];
const operatorId = newId();
const rng = seededRng(1000);
const VALIDATE_EVERY = 10;

function device(): SportelloDb {
  if (!db) throw new Error('seedPeople first');
  return db;
}

export async function seedPeople(count: number, chunkSize: number): Promise<SeedResult> {
  db = openDatabase(`sportello-bench-desk-${Date.now()}`);
  await db.open();
  const ctx = { operatorId, siteIds: ['barrito', ...defaultSites.codes], today: localDate(), synced: true };

  let t = performance.now();
  const people = Array.from({ length: count }, (_, i) => makePerson(rng, ctx, i + 1));
  const generateMs = performance.now() - t;

  // Every 10th record checked against personSchema: the generator is seeded, so a sample of
  // 10,000 covers its cases, and checking all 100,000 would add ~20 s to the run.
  t = performance.now();
  let validated = 0;
  for (let i = 0; i < people.length; i += VALIDATE_EVERY) {
    const result = personSchema.safeParse(people[i]);
    if (!result.success) throw new Error(`generated person fails personSchema: ${JSON.stringify(result.error.issues)} ${JSON.stringify(people[i])}`);
    validated++;
  }
  const validateMs = performance.now() - t;

  t = performance.now();
  const rows: LocalRow<'people'>[] = people.map((p) => withLocalFields('people', p));
  const localFieldsMs = performance.now() - t;

  const chunkRates: number[] = [];
  const started = performance.now();
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    const c = performance.now();
    await db.people.bulkAdd(chunk);
    chunkRates.push(chunk.length / ((performance.now() - c) / 1000));
    if ((i / chunkSize) % 10 === 9) console.log(`[bench] inserted ${i + chunk.length} people`);
  }
  const insertMs = performance.now() - started;

  for (let i = 0; i < people.length; i += Math.ceil(people.length / 1000)) personIds.push(people[i]!.id);
  const withCf = people.find((p) => p.codiceFiscale && p.lastName.length > 4);
  return {
    count,
    generateMs,
    validated,
    validateMs,
    localFieldsMs,
    insertMs,
    chunkRates,
    keysPerPerson: rows.reduce((sum, r) => sum + r.searchKeys.length, 0) / rows.length,
    sampleCodiceFiscale: withCf?.codiceFiscale ?? 'BLLSHA85M41Z335X',
  };
}

/** Times each keystroke of each query with `searchPeople`, or with what the desk screen runs (`searchForDesk`: + last visits). */
export async function searchWhileTyping(queries: string[], limit: number, desk = false): Promise<Keystroke[]> {
  const db = device();
  const search = desk ? searchForDesk : searchPeople;
  await search(db, 'warm up', limit);
  const keystrokes: Keystroke[] = [];
  for (const query of queries) {
    for (let n = 1; n <= query.length; n++) {
      const prefix = query.slice(0, n);
      const t = performance.now();
      const found = await search(db, prefix, limit);
      keystrokes.push({ query, prefix, ms: performance.now() - t, hits: found.length });
      await new Promise((resolve) => setTimeout(resolve, 0)); // let the page breathe, as between real keystrokes
    }
  }
  return keystrokes;
}

export async function saveVisits(count: number): Promise<number[]> {
  const db = device();
  const author = { operatorId, siteId: 'barrito' };
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const fields = makeVisitFields(rng, rng.pick(personIds), operatorId);
    const t = performance.now();
    await createRecord(db, author, 'visits', fields);
    times.push(performance.now() - t);
  }
  return times;
}

export async function closeDesk(): Promise<void> {
  if (!db) return;
  await db.delete();
  db = undefined;
}
