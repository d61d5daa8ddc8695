import { afterEach, describe, expect, it } from 'vitest';
import {
  listRefusedChanges, nextChangesToSend, onChangeQueued, outboxCounts, recordsWithChangesToSend, settlePush,
} from '../../src/db/outbox.ts';
import { createRecord, updateRecord } from '../../src/db/repository.ts';
import { fieldsOf, person } from '../domain/factories.ts';
import { author, testDevice, type TestDevice } from './helpers.ts';

let devices: TestDevice[] = [];
afterEach(() => {
  for (const d of devices) d.db.close();
  devices = [];
});

/** Five people registered; the server refused the second and the fourth. */
async function outboxWithRefusals() {
  const d = testDevice();
  devices.push(d);
  const who = author();
  const people = [];
  for (let i = 0; i < 5; i++) people.push(await createRecord(d.db, who, 'people', fieldsOf(person('moroccan'))));
  const seqs = (await d.db.outbox.toCollection().primaryKeys()) as number[];
  for (const seq of [seqs[1]!, seqs[3]!]) await d.db.outbox.update(seq, { rejected: { reason: 'phone: Invalid', at: `2026-01-10T09:0${seq}:00.000Z` } });
  return { db: d.db, who, people, seqs };
}

describe('the outbox', () => {
  it('counts what waits and what was refused, and lists the refusals oldest first', async () => {
    const { db, people } = await outboxWithRefusals();
    expect(await outboxCounts(db)).toEqual({ waiting: 3, refused: 2 });
    expect((await listRefusedChanges(db)).map((row) => row.recordId)).toEqual([people[1]!.id, people[3]!.id]);
  });

  it('hands out the next changes to send in seq order, refused ones skipped', async () => {
    const { db, seqs } = await outboxWithRefusals();
    expect((await nextChangesToSend(db, 2)).map((row) => row.seq)).toEqual([seqs[0], seqs[2]]);
    expect((await nextChangesToSend(db, 10)).map((row) => row.seq)).toEqual([seqs[0], seqs[2], seqs[4]]);
  });

  it('names the records whose changes still wait: a refused change does not hold its record back', async () => {
    const { db, people } = await outboxWithRefusals();
    expect(await recordsWithChangesToSend(db)).toEqual(new Set([0, 2, 4].map((i) => `people/${people[i]!.id}`)));
  });

  it('tells a listener of each change queued, until it stops listening', async () => {
    const { db, who, people } = await outboxWithRefusals();
    let queued = 0;
    const stop = onChangeQueued(db, () => queued++);
    await updateRecord(db, who, 'people', people[0]!.id, { phone: '+39 333 000 0001' });
    await createRecord(db, who, 'people', fieldsOf(person('italian')));
    expect(queued).toBe(2);
    // Rows moved to new seqs are no new changes.
    await settlePush(db, { acknowledged: [], refused: [], renumber: { seq: 1, nextSeq: 50 } }, 'T');
    expect(queued).toBe(2);
    stop();
    await updateRecord(db, who, 'people', people[0]!.id, { phone: '+39 333 000 0002' });
    expect(queued).toBe(2);
  });

  it('settles a push: acknowledged rows leave, refused ones are marked, a renumbered one moves with every row after it, in order and unchanged', async () => {
    const { db, who, seqs } = await outboxWithRefusals(); // seqs 1–5; 2 and 4 refused earlier
    const before = await db.outbox.toArray();
    await settlePush(db, { acknowledged: [seqs[0]!], refused: [{ seq: seqs[4]!, reason: 'note: Too long' }], renumber: { seq: seqs[2]!, nextSeq: 40 } }, 'T');
    // Rows 3, 4 (still refused) and 5 (refused just now) move to 40–42; row 2 stays where it was.
    const moved = (from: number, to: number, extra: object = {}) => ({ ...before.find((row) => row.seq === from), ...extra, seq: to });
    expect(await db.outbox.toArray()).toEqual([
      before[1],
      moved(seqs[2]!, 40),
      moved(seqs[3]!, 41),
      moved(seqs[4]!, 42, { rejected: { reason: 'note: Too long', at: 'T' } }),
    ]);
    // The next local write takes a seq above them.
    await createRecord(db, who, 'people', fieldsOf(person('italian')));
    expect((await db.outbox.toCollection().primaryKeys()).at(-1)).toBe(43);
  });

  it('renumbers above the highest local seq when the server’s next seq is below it', async () => {
    const { db, seqs } = await outboxWithRefusals();
    const rows = await db.outbox.toArray();
    await settlePush(db, { acknowledged: [], refused: [], renumber: { seq: seqs[3]!, nextSeq: 2 } }, 'T');
    expect(await db.outbox.toCollection().primaryKeys()).toEqual([1, 2, 3, 6, 7]);
    expect((await db.outbox.toArray()).map((row) => row.recordId)).toEqual(rows.map((row) => row.recordId));
  });
});
