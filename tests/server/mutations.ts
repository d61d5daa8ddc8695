import { expect } from 'vitest';
import type { RecordOf, TableName } from '../../src/domain/records/index.ts';
import { type Mutation, SCHEMA_VERSION } from '../../src/domain/sync/protocol.ts';
import type { Client } from './helpers.ts';

/** Builders for hand-made push batches, and the two sync calls, for HTTP-level tests. */
const AT = '2025-03-14T10:00:00.000Z';

export function createOf<T extends TableName>(seq: number, table: T, record: RecordOf<T>): Mutation {
  return { seq, table, recordId: record.id, op: 'create', baseVersion: null, changes: { ...record }, at: record.createdAt };
}

export function updateOf(seq: number, table: TableName, recordId: string, baseVersion: number, changes: Record<string, unknown>): Mutation {
  return { seq, table, recordId, op: 'update', baseVersion, changes, at: AT };
}

export async function push(client: Client, mutations: Mutation[], schemaVersion = SCHEMA_VERSION): Promise<{ status: number; body: any }> {
  return client.call('POST', '/api/sync/push', { schemaVersion, deviceId: client.deviceId, mutations });
}

/** Every record the client may see (one page of up to 1,000). */
export async function pullAll(client: Client): Promise<{ table: string; record: Record<string, any> }[]> {
  const { status, body } = await client.call('GET', '/api/sync/pull?cursor=0&limit=1000');
  expect(status).toBe(200);
  return body.changes;
}
