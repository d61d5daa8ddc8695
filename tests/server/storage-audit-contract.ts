import { expect, it } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import type { SessionRow, UserRow } from '../../src/server/storage/accounts.ts';
import type { AuditRow } from '../../src/server/storage/audit.ts';
import type { Storage } from '../../src/server/storage/storage.ts';

/**
 * The audit log's row operations (src/server/storage/audit.ts), alike on every adapter. Called
 * inside the storage contract's describe, so each test gets a fresh, migrated database.
 */
export function describeAuditContract(migrated: () => Promise<Storage>): void {
  it('lists one person\'s entries newest first, by time then id, with the user\'s name and the device\'s latest name', async () => {
    const storage = await migrated();
    const [giulia, marco] = [user('giulia'), user('marco')];
    const tablet = newId();
    const [rosa, other] = [newId(), newId()];
    const entries = [
      entry(giulia, tablet, rosa, '2025-03-14T09:00:00.000Z', { action: 'create', fields: ['firstName', 'lastName'] }),
      entry(giulia, tablet, rosa, '2025-03-14T10:00:00.000Z', { action: 'update', fields: ['phone'] }),
      entry(marco, tablet, rosa, '2025-03-14T10:00:00.000Z', { action: 'view' }),
      entry(marco, newId(), rosa, '2025-03-14T09:30:00.000Z', { action: 'download', table: 'attachments' }),
      entry(giulia, tablet, other, '2025-03-14T12:00:00.000Z', { action: 'view' }),
    ];
    await storage.transaction(async (tx) => {
      await tx.insertUser(giulia);
      await tx.insertUser(marco);
      await tx.insertSession(session(giulia.id, tablet, 'Tablet vecchio nome', '2025-03-01T08:00:00.000Z'));
      await tx.insertSession(session(giulia.id, tablet, 'Tablet sportello 1', '2025-03-10T08:00:00.000Z'));
      await tx.insertSession(session(giulia.id, tablet, null, '2025-03-12T08:00:00.000Z'));
      await tx.insertSession(session(marco.id, tablet, 'Tablet di Marco', '2025-03-11T08:00:00.000Z'));
      await tx.appendAudit(entries);
      await tx.appendAudit([]);
    });

    const listed = await storage.transaction((tx) => tx.listAudit(rosa, 10));
    const [create, update, view, download] = entries as [AuditRow, AuditRow, AuditRow, AuditRow];
    // update and view share their time: the greater id (made later) comes first.
    const sameTime = [update, view].sort((a, b) => (a.id < b.id ? 1 : -1));
    expect(listed.map((row) => row.id)).toEqual([...sameTime.map((row) => row.id), download.id, create.id]);
    expect(listed.find((row) => row.id === update.id)).toEqual({ ...update, userName: 'Giulia Rossi', deviceName: 'Tablet sportello 1' });
    expect(listed.find((row) => row.id === view.id)).toMatchObject({ userName: 'Marco Rossi', deviceName: 'Tablet di Marco' });
    expect(listed.find((row) => row.id === download.id)).toMatchObject({ userName: 'Marco Rossi', deviceName: null, table: 'attachments' });
    expect(listed.find((row) => row.id === create.id)?.fields).toEqual(['firstName', 'lastName']);

    const firstTwo = await storage.transaction((tx) => tx.listAudit(rosa, 2));
    expect(firstTwo.map((row) => row.id)).toEqual(listed.slice(0, 2).map((row) => row.id));
    const last = firstTwo[1]!;
    const rest = await storage.transaction((tx) => tx.listAudit(rosa, 10, { at: last.at, id: last.id }));
    expect(rest.map((row) => row.id)).toEqual(listed.slice(2).map((row) => row.id));
    expect(await storage.transaction((tx) => tx.listAudit(newId(), 10))).toEqual([]);
  });

  it('keeps an entry once when its id comes again, in the same call or a later one, as first written', async () => {
    const storage = await migrated();
    const rosa = newId();
    const first = entry(user('anna'), newId(), rosa, '2025-03-14T09:00:00.000Z', { action: 'view' });
    const again = { ...first, at: '2025-03-15T09:00:00.000Z', userId: newId() };
    await storage.transaction((tx) => tx.appendAudit([first, again]));
    await storage.transaction((tx) => tx.appendAudit([again]));
    const listed = await storage.transaction((tx) => tx.listAudit(rosa, 10));
    // The user is not in the database: no name to show, but the entry is kept.
    expect(listed).toEqual([{ ...first, userName: null, deviceName: null }]);
  });

  it('writes a whole batch of entries in one call', async () => {
    const storage = await migrated();
    const rosa = newId();
    const who = user('batch');
    const batch = Array.from({ length: 500 }, () => entry(who, newId(), rosa, '2025-03-14T09:00:00.000Z', { action: 'create', fields: ['note'] }));
    await storage.transaction((tx) => tx.appendAudit(batch));
    expect(await storage.transaction((tx) => tx.listAudit(rosa, 1000))).toHaveLength(500);
  });
}

function user(username: string): UserRow {
  const name = username.charAt(0).toUpperCase() + username.slice(1);
  return {
    id: newId(), username, displayName: `${name} Rossi`, passwordHash: 'scrypt$15$8$1$c2FsdA$a2V5', role: 'operator',
    siteIds: ['barrito'], createdAt: '2025-03-01T08:00:00.000Z', disabled: false,
  };
}

function session(userId: string, deviceId: string, deviceName: string | null, createdAt: string): SessionRow {
  return {
    id: newId(), tokenHash: newId(), userId, deviceId, deviceName, createdAt, lastSeenAt: createdAt,
    expiresAt: '2025-04-01T08:00:00.000Z', revokedAt: null,
  };
}

function entry(who: UserRow, deviceId: string, personId: string, at: string, over: Partial<AuditRow> & Pick<AuditRow, 'action'>): AuditRow {
  const table = over.table ?? 'people';
  return {
    id: newId(), at, recordedAt: '2025-03-20T08:00:00.000Z', personId, userId: who.id, deviceId, table,
    recordId: table === 'people' ? personId : newId(), fields: [], ...over,
  };
}
