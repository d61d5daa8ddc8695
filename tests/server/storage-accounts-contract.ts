import { expect, it } from 'vitest';
import { newId } from '../../src/domain/ids.ts';
import type { SessionRow, UserRow } from '../../src/server/storage/accounts.ts';
import type { Storage } from '../../src/server/storage/storage.ts';

/**
 * What the administrator's account routes need of every adapter: listing and editing users,
 * and revoking sessions by user and by device. Called inside the storage contract's describe,
 * so each test gets a fresh, migrated database.
 */
export function describeAccountsContract(migrated: () => Promise<Storage>): void {
  it('lists users by username and edits only the four fields an administrator may change', async () => {
    const storage = await migrated();
    const [zoe, amina] = [user('zoe'), user('amina')];
    await storage.transaction(async (tx) => {
      await tx.insertUser(zoe);
      await tx.insertUser(amina);
    });
    await storage.transaction((tx) => tx.updateUser(amina.id, { displayName: 'Amina “Bello” ✓', role: 'mediator', siteIds: ['vallette', 'barrito'], disabled: true }));
    await storage.transaction((tx) => tx.setPasswordHash(zoe.id, 'scrypt$15$8$1$bmV3$a2V5'));
    const listed = await storage.transaction((tx) => tx.listUsers());
    expect(listed).toEqual([
      { ...amina, displayName: 'Amina “Bello” ✓', role: 'mediator', siteIds: ['vallette', 'barrito'], disabled: true },
      { ...zoe, passwordHash: 'scrypt$15$8$1$bmV3$a2V5' },
    ]);
    await storage.transaction((tx) => tx.updateUser(amina.id, { ...amina, disabled: false }));
    expect(await storage.transaction((tx) => tx.getUser(amina.id))).toEqual(amina);
  });

  it("revokes every session of one user, or one user's sessions on one device, keeping earlier revocations", async () => {
    const storage = await migrated();
    const [amina, rosa] = [user('amina'), user('rosa')];
    const tablet = newId();
    const [onTablet, onTabletAgain, onPhone, revokedBefore, rosaOnTablet] = [
      session(amina.id, tablet, '09'),
      session(amina.id, tablet, '10'),
      session(amina.id, newId(), '11'),
      { ...session(amina.id, newId(), '08'), revokedAt: '2025-03-14T08:30:00.000Z' },
      session(rosa.id, tablet, '12'),
    ];
    await storage.transaction(async (tx) => {
      await tx.insertUser(amina);
      await tx.insertUser(rosa);
      for (const row of [onTablet, onTabletAgain, onPhone, revokedBefore, rosaOnTablet]) await tx.insertSession(row);
    });
    const revokedAt = async () =>
      Object.fromEntries((await storage.transaction((tx) => tx.listSessions())).map((s) => [s.id, s.revokedAt]));

    await storage.transaction((tx) => tx.revokeDeviceSessions(amina.id, tablet, '2025-03-14T13:00:00.000Z'));
    expect(await revokedAt()).toEqual({
      [onTablet.id]: '2025-03-14T13:00:00.000Z',
      [onTabletAgain.id]: '2025-03-14T13:00:00.000Z',
      [onPhone.id]: null,
      [revokedBefore.id]: '2025-03-14T08:30:00.000Z',
      [rosaOnTablet.id]: null,
    });
    await storage.transaction((tx) => tx.revokeUserSessions(amina.id, '2025-03-14T14:00:00.000Z'));
    expect(await revokedAt()).toEqual({
      [onTablet.id]: '2025-03-14T13:00:00.000Z',
      [onTabletAgain.id]: '2025-03-14T13:00:00.000Z',
      [onPhone.id]: '2025-03-14T14:00:00.000Z',
      [revokedBefore.id]: '2025-03-14T08:30:00.000Z',
      [rosaOnTablet.id]: null,
    });

    const ofAmina = await storage.transaction((tx) => tx.listSessionsOfUser(amina.id));
    expect(ofAmina.map((s) => s.id)).toEqual([onPhone.id, onTabletAgain.id, onTablet.id, revokedBefore.id]);
    expect(ofAmina[0]).toMatchObject({ username: 'amina', displayName: 'Full Name of amina', deviceId: onPhone.deviceId });
    expect(ofAmina[0]).not.toHaveProperty('tokenHash');
    expect(await storage.transaction((tx) => tx.listSessionsOfUser(newId()))).toEqual([]);
  });
}

function user(username: string): UserRow {
  return {
    id: newId(),
    username,
    displayName: `Full Name of ${username}`,
    passwordHash: 'scrypt$15$8$1$c2FsdA$a2V5',
    role: 'operator',
    siteIds: ['barrito'],
    createdAt: '2025-03-14T09:00:00.000Z',
    disabled: false,
  };
}

/** A session last seen at `hour`:00 that day. */
function session(userId: string, deviceId: string, hour: string): SessionRow {
  const at = `2025-03-14T${hour}:00:00.000Z`;
  return { id: newId(), tokenHash: newId().replace(/-/g, '').padEnd(64, '0'), userId, deviceId, deviceName: 'Tablet', createdAt: at, lastSeenAt: at, expiresAt: '2025-03-28T09:00:00.000Z', revokedAt: null };
}
