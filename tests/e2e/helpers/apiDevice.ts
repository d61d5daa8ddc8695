import { randomUUID } from 'node:crypto';
import { expect, request, type APIRequestContext } from '@playwright/test';
import { SCHEMA_VERSION, type Mutation, type MutationResult } from '../../../src/domain/sync/protocol.ts';
import type { E2eUser } from '../fixtures';

/**
 * Another tablet, driven through the sync API directly: it logs in with its own device id,
 * pushes outbox mutations and pulls changes, as the app's sync engine does.
 */
export class ApiDevice {
  readonly deviceId = randomUUID();
  private seq = 0;

  private constructor(private readonly api: APIRequestContext) {}

  static async login(baseURL: string, user: E2eUser): Promise<ApiDevice> {
    const api = await request.newContext({ baseURL });
    const device = new ApiDevice(api);
    const response = await api.post('/api/auth/login', {
      data: { username: user.username, password: user.password, deviceId: device.deviceId },
    });
    expect(response.status(), await response.text()).toBe(200);
    return device;
  }

  async push(mutations: Omit<Mutation, 'seq' | 'at'>[]): Promise<MutationResult[]> {
    const at = new Date().toISOString();
    const response = await this.api.post('/api/sync/push', {
      data: {
        schemaVersion: SCHEMA_VERSION,
        deviceId: this.deviceId,
        mutations: mutations.map((m) => ({ ...m, seq: ++this.seq, at })),
      },
    });
    expect(response.status(), await response.text()).toBe(200);
    return ((await response.json()) as { results: MutationResult[] }).results;
  }

  /** Every record this device may see, newest version of each. */
  async pullAll(): Promise<{ table: string; record: Record<string, unknown> }[]> {
    const seen = new Map<string, { table: string; record: Record<string, unknown> }>();
    let cursor = 0;
    for (;;) {
      const response = await this.api.get(`/api/sync/pull?cursor=${cursor}&limit=500`);
      expect(response.status(), await response.text()).toBe(200);
      const page = (await response.json()) as { changes: { table: string; record: Record<string, unknown> }[]; cursor: number; hasMore: boolean };
      for (const change of page.changes) seen.set(`${change.table}/${String(change.record.id)}`, change);
      cursor = page.cursor;
      if (!page.hasMore) return [...seen.values()];
    }
  }

  async record(table: string, id: string): Promise<Record<string, unknown> | undefined> {
    return (await this.pullAll()).find((c) => c.table === table && c.record.id === id)?.record;
  }

  async dispose(): Promise<void> {
    await this.api.dispose();
  }
}
