import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord } from '../../src/db/repository.ts';
import type { PersonVariant } from '../domain/factories.ts';
import { fieldsOf, person, visit } from '../domain/factories.ts';
import { type TestServer, addUser, startTestServer } from '../server/helpers.ts';
import { type Tablet, contents, tablet } from './helpers.ts';

const VARIANTS: PersonVariant[] = ['nigerian', 'peruvian', 'moroccan', 'italian'];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await Promise.all([addUser(server.storage, 'amina', 'operator', ['barrito']), addUser(server.storage, 'olga', 'operator', ['barrito'])]);
});
afterAll(async () => {
  await server.close();
});

/** A morning at the desk without a network: 500 people registered, each with a visit. */
async function workOffline(t: Tablet, people: number): Promise<void> {
  for (let i = 0; i < people; i++) {
    const p = await createRecord(t.db, t.author, 'people', fieldsOf(person(VARIANTS[i % VARIANTS.length])));
    await createRecord(t.db, t.author, 'visits', { ...fieldsOf(visit()), personId: p.id, operatorId: t.author.operatorId });
  }
}

describe('two tablets of one Casa, offline then synced', () => {
  it('both end with the same 2,000 records, field by field, and empty outboxes', async () => {
    const [a, b] = await Promise.all([tablet(server.url, 'amina'), tablet(server.url, 'olga')]);
    await Promise.all([workOffline(a, 500), workOffline(b, 500)]);
    expect(await a.db.outbox.count()).toBe(1000);

    await a.sync();
    await b.sync();
    await a.sync(); // brings B's records to A

    for (const t of [a, b]) {
      expect(await t.db.outbox.count()).toBe(0);
      expect(t.engine.getStatus()).toMatchObject({ pending: 0, rejected: 0, lastError: null, safeToHandOver: true });
    }
    const [onA, onB] = await Promise.all([contents(a.db), contents(b.db)]);
    expect(onA.people).toHaveLength(1000);
    expect(onA.visits).toHaveLength(1000);
    expect(onA.people.every((p) => Number(p.version) > 0)).toBe(true);
    expect(onA).toEqual(onB);
  }, 90_000);
});
