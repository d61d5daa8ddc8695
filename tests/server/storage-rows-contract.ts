import { expect, it } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import { recordSchemas } from '../../src/domain/records/index.ts';
import { defaultSites } from '../../src/domain/vocab/sites.ts';
import type { SessionRow, UserRow } from '../../src/server/storage/accounts.ts';
import type { MutationRecord, RecordRow } from '../../src/server/storage/records.ts';
import type { Storage } from '../../src/server/storage/storage.ts';
import { person } from '../domain/factories.ts';

/**
 * The row operations the sync and auth rules are written on, checked alike on every adapter.
 * Called inside the storage contract's describe, so each test gets a fresh, migrated database.
 */
export function describeRowContract(migrated: () => Promise<Storage>): void {
  it('seeds the eight default sites as valid site records, each its own site', async () => {
    const storage = await migrated();
    const sites = await storage.transaction((tx) => tx.listRecords('sites'));
    expect(sites.map((site) => site.id)).toEqual([...defaultSites.codes]);
    expect(sites.map((site) => site.version)).toEqual(defaultSites.codes.map((_, index) => index + 1));
    for (const site of sites) {
      expect(site).toMatchObject({ table: 'sites', siteId: site.id, deleted: false, data: { id: site.id, siteId: site.id, version: site.version } });
      expect(recordSchemas.sites.safeParse(site.data).success).toBe(true);
      expect(site.fields.name).toEqual({ v: site.version, d: 'server' });
    }
    expect(sites.find((site) => site.id === 'cecchi-point')?.data).toMatchObject({ name: 'Cecchi Point', district: 'Aurora' });
  });

  it('round-trips records with their field versions, found one or many at a time, and replaces them on a second put', async () => {
    const storage = await migrated();
    const row = recordRow('barrito', 100, { firstName: 'Amina', note: 'Café “Torino” ✓ — 😊 \\u0000 as text' });
    const other = recordRow('vallette', 101);
    await storage.transaction((tx) => tx.putRecords([row, other]));
    await storage.transaction(async (tx) => {
      expect(await tx.getRecord('people', row.id)).toEqual(row);
      expect(await tx.getRecord('visits', row.id)).toBeUndefined();
      const found = await tx.getRecords([
        { table: 'people', id: other.id },
        { table: 'people', id: row.id },
        { table: 'visits', id: row.id },
        { table: 'people', id: newId() },
      ]);
      expect(found.sort((a, b) => a.version - b.version)).toEqual([row, other]);
      expect(await tx.getRecords([])).toEqual([]);
      await tx.putRecords([]);
    });

    const replaced: RecordRow = { ...row, version: 102, deleted: true, data: { ...row.data, version: 102, deleted: true }, fields: { ...row.fields, deleted: { v: 102, d: 'dev-b' } } };
    await storage.transaction((tx) => tx.putRecords([replaced]));
    expect(await storage.transaction((tx) => tx.getRecord('people', row.id))).toEqual(replaced);
  });

  it('pulls records after a version, in version order, by site, tombstones included', async () => {
    const storage = await migrated();
    const rows = [
      recordRow('barrito', 103),
      recordRow('vallette', 101),
      { ...recordRow('barrito', 102), deleted: true },
      recordRow('san-salvario', 104),
    ];
    await storage.transaction((tx) => tx.putRecords(rows));
    const pull = (after: number, limit: number, siteIds: string[] | null) =>
      storage.transaction(async (tx) => (await tx.pullRecords({ after, limit, siteIds })).map((row) => [row.siteId, row.version, row.deleted]));

    expect(await pull(100, 10, null)).toEqual([['vallette', 101, false], ['barrito', 102, true], ['barrito', 103, false], ['san-salvario', 104, false]]);
    expect(await pull(100, 10, ['barrito', 'san-salvario'])).toEqual([['barrito', 102, true], ['barrito', 103, false], ['san-salvario', 104, false]]);
    expect(await pull(102, 1, ['barrito', 'san-salvario'])).toEqual([['barrito', 103, false]]);
    expect(await pull(104, 10, null)).toEqual([]);
    expect(await pull(100, 10, [])).toEqual([]);
    // The seeded sites come first in a pull from zero.
    expect((await pull(0, 2, ['vallette'])).map(([site]) => site)).toEqual(['vallette', 'vallette']);
  });

  it('keeps one mutation result per device and seq, with who pushed it and its digest', async () => {
    const storage = await migrated();
    const at = '2025-03-14T09:30:00.000Z';
    const [amina, olga] = [newId(), newId()];
    const applied: MutationRecord = { result: { seq: 1, status: 'applied', version: 9 }, userId: amina, digest: 'a'.repeat(64) };
    const rejected: MutationRecord = {
      result: { seq: 2, status: 'rejected', reason: 'birthDate: The date cannot be in the future' },
      userId: amina,
      digest: 'b'.repeat(64),
    };
    const conflict: MutationRecord = { result: { seq: 1, status: 'conflict', version: 10, conflictFields: ['phone'] }, userId: olga, digest: 'c'.repeat(64) };
    // As rows recorded before migration 3 read: nobody's, no digest.
    const unbound: MutationRecord = { result: { seq: 7, status: 'merged', version: 11 }, userId: null, digest: null };
    await storage.transaction(async (tx) => {
      await tx.putMutationResults('dev-a', [applied, rejected], at);
      await tx.putMutationResults('dev-b', [conflict, unbound], at);
      await tx.putMutationResults('dev-b', [], at);
    });
    await storage.transaction(async (tx) => {
      expect(await tx.getMutationResults('dev-a', [1, 2, 3])).toEqual(new Map([[1, applied], [2, rejected]]));
      expect(await tx.getMutationResults('dev-b', [1, 2, 7])).toEqual(new Map([[1, conflict], [7, unbound]]));
      expect(await tx.getMutationResults('dev-c', [1])).toEqual(new Map());
      expect(await tx.getMutationResults('dev-a', [])).toEqual(new Map());
    });
    const again: MutationRecord = { result: { seq: 1, status: 'applied', version: 11 }, userId: olga, digest: 'd'.repeat(64) };
    await expect(storage.transaction((tx) => tx.putMutationResults('dev-a', [again], at))).rejects.toThrow();
  });

  it('tells the highest seq recorded for a device, 0 for a device it never heard from', async () => {
    const storage = await migrated();
    const at = '2025-03-14T09:30:00.000Z';
    const answer = (seq: number): MutationRecord => ({ result: { seq, status: 'applied', version: seq }, userId: null, digest: null });
    await storage.transaction(async (tx) => {
      // Past 2^31, and not in the order written.
      await tx.putMutationResults('dev-a', [answer(3), answer(2 ** 40), answer(12)], at);
      await tx.putMutationResults('dev-b', [answer(5)], at);
    });
    await storage.transaction(async (tx) => {
      expect(await tx.maxMutationSeq('dev-a')).toBe(2 ** 40);
      expect(await tx.maxMutationSeq('dev-b')).toBe(5);
      expect(await tx.maxMutationSeq('dev-c')).toBe(0);
    });
  });

  it('takes versions in one run from the counter, seen by the next transaction', async () => {
    const storage = await migrated();
    const start = Number(await storage.transaction((tx) => tx.getMeta('version_counter')));
    const taken = await storage.transaction(async (tx) => {
      const versions = [await tx.nextVersion(), await tx.nextVersion(), await tx.nextVersion()];
      expect(await tx.getMeta('version_counter')).toBe(String(start + 3));
      versions.push(await tx.nextVersion());
      return versions;
    });
    expect(taken).toEqual([start + 1, start + 2, start + 3, start + 4]);
    expect(await storage.transaction((tx) => tx.nextVersion())).toBe(start + 5);
  });

  it('stores users, finds them by id and username, counts them by role, and refuses a taken username', async () => {
    const storage = await migrated();
    const admin = userRow('admin', 'admin', ['barrito', 'vallette']);
    const operator = userRow('chiara.bianchi', 'operator', ['barrito']);
    await storage.transaction(async (tx) => {
      await tx.insertUser(admin);
      await tx.insertUser(operator);
    });
    await storage.transaction(async (tx) => {
      expect(await tx.getUser(admin.id)).toEqual(admin);
      expect(await tx.getUserByUsername('chiara.bianchi')).toEqual(operator);
      expect(await tx.getUserByUsername('nobody')).toBeUndefined();
      expect(await tx.countUsersWithRole('admin')).toBe(1);
      expect(await tx.countUsersWithRole('coordinator')).toBe(0);
    });
    await expect(storage.transaction((tx) => tx.insertUser({ ...userRow('chiara.bianchi', 'mediator', ['barrito']) }))).rejects.toThrow();
  });

  it('stores sessions by token hash, touches, revokes once, and lists them with their user', async () => {
    const storage = await migrated();
    const user = userRow('chiara.bianchi', 'operator', ['barrito']);
    const older = sessionRow(user.id, 'a'.repeat(64), '2025-03-14T09:00:00.000Z');
    const newer = { ...sessionRow(user.id, 'b'.repeat(64), '2025-03-14T10:00:00.000Z'), deviceName: null };
    await storage.transaction(async (tx) => {
      await tx.insertUser(user);
      await tx.insertSession(older);
      await tx.insertSession(newer);
    });
    await storage.transaction(async (tx) => {
      expect(await tx.getSessionByTokenHash('a'.repeat(64))).toEqual(older);
      expect(await tx.getSession(newer.id)).toEqual(newer);
      expect(await tx.getSessionByTokenHash('c'.repeat(64))).toBeUndefined();
      await tx.touchSession(older.id, '2025-03-14T11:00:00.000Z');
      await tx.revokeSession(newer.id, '2025-03-14T11:30:00.000Z');
      await tx.revokeSession(newer.id, '2025-03-14T12:00:00.000Z');
    });
    const listed = await storage.transaction((tx) => tx.listSessions());
    expect(listed.map((s) => [s.id, s.lastSeenAt, s.revokedAt, s.username, s.displayName])).toEqual([
      [older.id, '2025-03-14T11:00:00.000Z', null, 'chiara.bianchi', 'Full Name of chiara.bianchi'],
      [newer.id, '2025-03-14T10:00:00.000Z', '2025-03-14T11:30:00.000Z', 'chiara.bianchi', 'Full Name of chiara.bianchi'],
    ]);
    expect(listed[0]).not.toHaveProperty('tokenHash');
  });

  it('counts login failures in a window with the latest one, forgets old ones, and clears them', async () => {
    const storage = await migrated();
    await storage.transaction(async (tx) => {
      await tx.recordLoginFailure('amina', '2025-03-14T09:00:00.000Z', '2025-03-14T08:00:00.000Z');
      await tx.recordLoginFailure('amina', '2025-03-14T09:10:00.000Z', '2025-03-14T08:00:00.000Z');
      await tx.recordLoginFailure('rosa', '2025-03-14T09:10:00.000Z', '2025-03-14T08:00:00.000Z');
    });
    await storage.transaction(async (tx) => {
      expect(await tx.lockLoginFailures('amina', '2025-03-14T08:59:00.000Z')).toEqual({ count: 2, lastAt: '2025-03-14T09:10:00.000Z' });
      expect(await tx.lockLoginFailures('amina', '2025-03-14T09:05:00.000Z')).toEqual({ count: 1, lastAt: '2025-03-14T09:10:00.000Z' });
      expect(await tx.lockLoginFailures('nobody', '2025-03-14T00:00:00.000Z')).toEqual({ count: 0, lastAt: null });
      // A failure at 09:30 forgets what happened before 09:05 for everyone.
      await tx.recordLoginFailure('rosa', '2025-03-14T09:30:00.000Z', '2025-03-14T09:05:00.000Z');
      expect((await tx.lockLoginFailures('amina', '2025-03-14T00:00:00.000Z')).count).toBe(1);
      await tx.clearLoginFailures('amina');
      expect(await tx.lockLoginFailures('amina', '2025-03-14T00:00:00.000Z')).toEqual({ count: 0, lastAt: null });
      expect(await tx.lockLoginFailures('rosa', '2025-03-14T00:00:00.000Z')).toEqual({ count: 2, lastAt: '2025-03-14T09:30:00.000Z' });
    });
  });

  it('holds a username locked for login failures until the transaction that locked it ends', async () => {
    const storage = await migrated();
    const since = '2025-03-14T00:00:00.000Z';
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const first = storage.transaction(async (tx) => {
      await tx.lockLoginFailures('amina', since);
      locked();
      await released;
      await tx.recordLoginFailure('amina', '2025-03-14T09:00:00.000Z', since);
    });
    await isLocked;
    let secondDone = false;
    const second = storage.transaction((tx) => tx.lockLoginFailures('amina', since)).finally(() => (secondDone = true));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(secondDone).toBe(false);
    release();
    await first;
    // The second check sees the failure the first recorded: check and count were one step.
    expect(await second).toEqual({ count: 1, lastAt: '2025-03-14T09:00:00.000Z' });
  });

  it("revokes every live session of one user at once, leaving others' and already revoked ones as they were", async () => {
    const storage = await migrated();
    const user = userRow('chiara.bianchi', 'operator', ['barrito']);
    const other = userRow('rosa', 'operator', ['barrito']);
    const live = sessionRow(user.id, 'a'.repeat(64), '2025-03-14T09:00:00.000Z');
    const ended = { ...sessionRow(user.id, 'b'.repeat(64), '2025-03-14T09:00:00.000Z'), revokedAt: '2025-03-14T10:00:00.000Z' };
    const others = sessionRow(other.id, 'c'.repeat(64), '2025-03-14T09:00:00.000Z');
    await storage.transaction(async (tx) => {
      await tx.insertUser(user);
      await tx.insertUser(other);
      for (const session of [live, ended, others]) await tx.insertSession(session);
    });
    expect(await storage.transaction((tx) => tx.revokeUserSessions(user.id, '2025-03-14T11:00:00.000Z'))).toBe(1);
    await storage.transaction(async (tx) => {
      expect((await tx.getSession(live.id))?.revokedAt).toBe('2025-03-14T11:00:00.000Z');
      expect((await tx.getSession(ended.id))?.revokedAt).toBe('2025-03-14T10:00:00.000Z');
      expect((await tx.getSession(others.id))?.revokedAt).toBeNull();
    });
  });

  it("replaces a user's password hash and nothing else", async () => {
    const storage = await migrated();
    const user = userRow('chiara.bianchi', 'operator', ['barrito']);
    const other = userRow('rosa', 'operator', ['barrito']);
    await storage.transaction(async (tx) => {
      await tx.insertUser(user);
      await tx.insertUser(other);
      await tx.setPasswordHash(user.id, 'scrypt$15$8$1$bmV3$c2FsdA');
    });
    await storage.transaction(async (tx) => {
      expect(await tx.getUser(user.id)).toEqual({ ...user, passwordHash: 'scrypt$15$8$1$bmV3$c2FsdA' });
      expect(await tx.getUser(other.id)).toEqual(other);
    });
  });

  it('binds a device id to one secret hash, once', async () => {
    const storage = await migrated();
    const user = userRow('chiara.bianchi', 'operator', ['barrito']);
    const deviceId = newId();
    await storage.transaction(async (tx) => {
      await tx.insertUser(user);
      expect(await tx.getDeviceSecretHash(deviceId)).toBeUndefined();
      await tx.registerDevice(deviceId, 'f'.repeat(64), user.id, '2025-03-14T09:00:00.000Z');
    });
    expect(await storage.transaction((tx) => tx.getDeviceSecretHash(deviceId))).toBe('f'.repeat(64));
    await expect(storage.transaction((tx) => tx.registerDevice(deviceId, 'e'.repeat(64), user.id, '2025-03-14T10:00:00.000Z'))).rejects.toThrow();
    expect(await storage.transaction((tx) => tx.getDeviceSecretHash(deviceId))).toBe('f'.repeat(64));
  });

  it('keeps attachment bytes exactly, in order, and deletes them', async () => {
    const storage = await migrated();
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    const id = newId();
    await storage.transaction(async (tx) => {
      expect(await tx.attachmentReceived(id)).toBe(0);
      expect(await tx.readAttachment(id)).toHaveLength(0);
      await tx.putAttachmentChunk(id, 0, every.subarray(0, 100));
      await tx.putAttachmentChunk(id, 100, every.subarray(100));
      await tx.putAttachmentChunk(newId(), 0, every);
    });
    await storage.transaction(async (tx) => {
      expect(await tx.attachmentReceived(id)).toBe(256);
      expect(Buffer.from(await tx.readAttachment(id)).equals(Buffer.from(every))).toBe(true);
      await tx.deleteAttachmentContent(id);
      expect(await tx.attachmentReceived(id)).toBe(0);
    });
  });

  it('rolls back versions, record writes and mutation results together when the transaction throws', async () => {
    const storage = await migrated();
    const counter = await storage.transaction((tx) => tx.getMeta('version_counter'));
    const row = recordRow('barrito', 200);
    await expect(
      storage.transaction(async (tx) => {
        await tx.nextVersion();
        await tx.putRecords([row]);
        await tx.putMutationResults('dev-a', [{ result: { seq: 1, status: 'applied', version: 200 }, userId: null, digest: null }], '2025-03-14T09:30:00.000Z');
        throw new Error('crash mid-batch');
      }),
    ).rejects.toThrow('crash mid-batch');
    await storage.transaction(async (tx) => {
      expect(await tx.getRecord('people', row.id)).toBeUndefined();
      expect(await tx.getMutationResults('dev-a', [1])).toEqual(new Map());
      expect(await tx.getMeta('version_counter')).toBe(counter);
    });
  });
}

function recordRow(siteId: string, version: number, overrides: Record<string, unknown> = {}): RecordRow {
  const data = { ...person('nigerian'), siteId, version, ...overrides };
  return {
    table: 'people',
    id: data.id,
    siteId,
    version,
    deleted: false,
    data,
    fields: { firstName: { v: version, d: 'dev-a' }, household: { v: version - 1, d: 'dev-b' } },
  };
}

function userRow(username: string, role: UserRow['role'], siteIds: string[]): UserRow {
  return {
    id: newId(),
    username,
    displayName: `Full Name of ${username}`,
    passwordHash: 'scrypt$15$8$1$c2FsdA$a2V5',
    role,
    siteIds,
    createdAt: '2025-03-14T09:00:00.000Z',
    disabled: false,
  };
}

function sessionRow(userId: string, tokenHash: string, createdAt: string): SessionRow {
  return {
    id: newId(),
    tokenHash,
    userId,
    deviceId: newId(),
    deviceName: 'Tablet sportello 1',
    createdAt,
    lastSeenAt: createdAt,
    expiresAt: '2025-03-28T09:00:00.000Z',
    revokedAt: null,
  };
}
