import { afterEach, describe, expect, it } from 'vitest';
import { forgetViews, recordView, viewsToSend } from '../../src/db/auditViews.ts';
import type { SportelloDb } from '../../src/db/database.ts';
import { createRecord, getRecord } from '../../src/db/repository.ts';
import { SCHEMA_VERSIONS } from '../../src/db/schema.ts';
import { newId } from '../../src/domain/ids.ts';
import { fieldsOf, person } from '../domain/factories.ts';
import { author, testDevice } from './helpers.ts';

const open: SportelloDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function device(): SportelloDb {
  const { db } = testDevice();
  open.push(db);
  return db;
}

describe('the queue of views for the audit log', () => {
  it('gives one user\'s views by id, a batch at a time, and goes on after the last one read', async () => {
    const db = device();
    const [amina, olga] = [newId(), newId()];
    const people = [newId(), newId(), newId()];
    for (const personId of people) await recordView(db, amina, personId, '2026-01-10T09:00:00.000Z');
    await recordView(db, olga, people[0]!);

    const first = await viewsToSend(db, amina, null, 2);
    expect(first.ready.map((view) => view.personId)).toEqual(people.slice(0, 2));
    expect(first.ready.every((view) => view.userId === amina && view.at === '2026-01-10T09:00:00.000Z')).toBe(true);
    const second = await viewsToSend(db, amina, first.last, 2);
    expect(second.ready.map((view) => view.personId)).toEqual(people.slice(2));
    expect(await viewsToSend(db, amina, second.last, 2)).toEqual({ ready: [], last: null });
    expect((await viewsToSend(db, olga, null, 10)).ready.map((view) => view.personId)).toEqual([people[0]]);
  });

  it('holds back a view of a person the server does not hold yet, without stopping at it', async () => {
    const db = device();
    const who = author();
    const registeredHere = await createRecord(db, who, 'people', fieldsOf(person('nigerian'))); // version 0 until the pull
    const fromServer = newId(); // not on this device at all: the server decides
    await recordView(db, who.operatorId, registeredHere.id);
    await recordView(db, who.operatorId, fromServer);

    const batch = await viewsToSend(db, who.operatorId, null, 1);
    expect(batch.ready).toEqual([]);
    expect(batch.last).not.toBeNull();
    expect((await viewsToSend(db, who.operatorId, batch.last, 1)).ready.map((view) => view.personId)).toEqual([fromServer]);

    await db.people.update(registeredHere.id, { version: 3 });
    expect((await viewsToSend(db, who.operatorId, null, 10)).ready.map((view) => view.personId)).toEqual([registeredHere.id, fromServer]);
  });

  it('forgets only the views it is told', async () => {
    const db = device();
    const who = newId();
    await recordView(db, who, newId());
    await recordView(db, who, newId());
    const [kept, gone] = await db.auditViews.toArray();
    await forgetViews(db, [gone!.id, newId()]);
    expect(await db.auditViews.toArray()).toEqual([kept]);
  });

  it('comes with a schema version of its own: a tablet on the version before keeps its data and gains the queue', async () => {
    const before = SCHEMA_VERSIONS.filter((v) => v.version < 4);
    const old = testDevice(before);
    const who = author();
    const rosa = await createRecord(old.db, who, 'people', fieldsOf(person('peruvian')));
    expect(old.db.tables.map((table) => table.name)).not.toContain('auditViews');
    old.db.close();

    const upgraded = old.reopen();
    open.push(upgraded);
    expect(await getRecord(upgraded, 'people', rosa.id)).toEqual(rosa);
    expect(await upgraded.outbox.count()).toBe(1);
    await recordView(upgraded, who.operatorId, rosa.id);
    expect(await upgraded.auditViews.count()).toBe(1);
  });
});
