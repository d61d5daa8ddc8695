import { describe, expect, it } from 'vitest';
import { mergeMutation, type StoredRecord } from '../../../src/domain/sync/merge.ts';
import type { Mutation } from '../../../src/domain/sync/protocol.ts';

/**
 * The merge rule as a table. A stored record has fields a, b, c; each field says which version
 * last changed it and on which device ("A" or "B"). A mutation from a device edits some fields
 * on a base version; the row says the expected status, the record after it, and which fields
 * are left in conflict.
 */
function stored(fields: Record<string, [value: unknown, version: number, device: string]>): StoredRecord {
  const data: Record<string, unknown> = { id: 'r1' };
  const meta: StoredRecord['fields'] = {};
  let version = 0;
  for (const [name, [value, v, d]] of Object.entries(fields)) {
    data[name] = value;
    meta[name] = { v, d };
    version = Math.max(version, v);
  }
  return { data, version, fields: meta };
}

function update(baseVersion: number, changes: Record<string, unknown>): Mutation {
  return { seq: 1, table: 'people', recordId: 'r1', op: 'update', baseVersion, changes, at: '2026-01-01T00:00:00.000Z' };
}

const base = stored({ a: ['a0', 1, 'A'], b: ['b0', 1, 'A'], c: ['c0', 1, 'A'] });
const bChangedByB = stored({ a: ['a0', 1, 'A'], b: ['bB', 2, 'B'], c: ['c0', 1, 'A'] });
const householdChangedByB = stored({ a: ['a0', 1, 'A'], h: [{ pregnant: true, children: [] }, 2, 'B'] });

const cases: [name: string, record: StoredRecord, device: string, m: Mutation, status: string, after: Record<string, unknown>, conflicts: string[]][] = [
  ['edit on the current version applies', base, 'A', update(1, { a: 'a1' }), 'applied', { a: 'a1', b: 'b0', c: 'c0' }, []],
  ['edits of different fields merge', bChangedByB, 'A', update(1, { a: 'a1' }), 'merged', { a: 'a1', b: 'bB', c: 'c0' }, []],
  ['edit of a field another device changed is a conflict; server keeps its value', bChangedByB, 'A', update(1, { a: 'a1', b: 'bA' }), 'conflict', { a: 'a1', b: 'bB', c: 'c0' }, ['b']],
  ['the same value on both sides is no conflict', bChangedByB, 'A', update(1, { b: 'bB' }), 'merged', { a: 'a0', b: 'bB', c: 'c0' }, []],
  ['a device never conflicts with its own earlier write', bChangedByB, 'B', update(0, { b: 'bB2' }), 'merged', { a: 'a0', b: 'bB2', c: 'c0' }, []],
  ['edit made on the newest version applies', bChangedByB, 'A', update(2, { b: 'bA' }), 'applied', { a: 'a0', b: 'bA', c: 'c0' }, []],
  ['null clears an optional field', base, 'A', update(1, { c: null }), 'applied', { a: 'a0', b: 'b0' }, []],
  ['the same object with its keys in another order is no conflict', householdChangedByB, 'A', update(1, { h: { children: [], pregnant: true } }), 'merged', { a: 'a0', h: { pregnant: true, children: [] } }, []],
  ['an object that differs inside is a conflict', householdChangedByB, 'A', update(1, { h: { children: [], pregnant: false } }), 'conflict', { a: 'a0', h: { pregnant: true, children: [] } }, ['h']],
];

describe('mergeMutation', () => {
  it.each(cases)('%s', (_name, record, device, m, status, after, conflicts) => {
    const outcome = mergeMutation(record, m, device);
    expect(outcome.status).toBe(status);
    if (outcome.status === 'rejected') return;
    const { id: _id, ...data } = outcome.data;
    expect(data).toEqual(after);
    expect(outcome.conflicts.map((c) => c.field)).toEqual(conflicts);
  });

  it('keeps both values of a conflict', () => {
    const outcome = mergeMutation(bChangedByB, update(1, { b: 'bA' }), 'A');
    expect(outcome.status === 'conflict' && outcome.conflicts[0]).toEqual({ field: 'b', serverValue: 'bB', clientValue: 'bA' });
  });

  it('a create of a new record applies it whole', () => {
    const m: Mutation = { ...update(0, { id: 'r1', a: 'x' }), op: 'create', baseVersion: null };
    const outcome = mergeMutation(undefined, m, 'A');
    expect(outcome).toMatchObject({ status: 'applied', data: { id: 'r1', a: 'x' } });
  });

  it('an update of an unknown record is rejected with a reason', () => {
    expect(mergeMutation(undefined, update(1, { a: 'x' }), 'A')).toEqual({ status: 'rejected', reason: 'record not found' });
  });

  it('a delete leaves a tombstone even after other edits', () => {
    const m: Mutation = { ...update(0, {}), op: 'delete' };
    const outcome = mergeMutation(bChangedByB, m, 'A');
    expect(outcome).toMatchObject({ status: 'applied', data: { deleted: true, b: 'bB' }, changedFields: ['deleted'] });
  });

  it('a value the same as stored, in another key order, is no changed field', () => {
    const outcome = mergeMutation(householdChangedByB, update(2, { a: 'a1', h: { children: [], pregnant: true } }), 'A');
    expect(outcome.status !== 'rejected' && outcome.changedFields).toEqual(['a']);
  });

  it('a device cannot set server-owned envelope fields through an update', () => {
    const outcome = mergeMutation(base, update(1, { version: 99, siteId: 'elsewhere', a: 'a1' }), 'A');
    expect(outcome.status !== 'rejected' && outcome.data).toEqual({ id: 'r1', a: 'a1', b: 'b0', c: 'c0' });
  });
});
