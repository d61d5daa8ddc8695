import type { Account, UpdateAccountRequest } from '../../domain/sync/accounts.ts';
import { HttpError } from '../http/errors.ts';
import type { UserChanges, UserRow } from '../storage/accounts.ts';
import type { RecordRow } from '../storage/records.ts';
import type { Storage, StorageTx } from '../storage/storage.ts';
import { updateServerRecord, writeServerRecord } from '../sync/server-records.ts';
import { accountById } from './accounts.ts';

const isActiveAdmin = (user: Pick<UserRow, 'role' | 'disabled'>): boolean => user.role === 'admin' && !user.disabled;

/**
 * An administrator's edit of an account: name, role, sites, disabled. Disabling ends every
 * session of the account; the account's operators record (what devices show and offer as case
 * managers) changes in the same transaction, so devices pull the edit (docs/architecture.md,
 * "Accounts").
 */
export async function updateAccount(storage: Storage, actorId: string, id: string, request: UpdateAccountRequest): Promise<Account> {
  const at = new Date().toISOString();
  return storage.transaction(async (tx) => {
    // Every edit takes the records' lock first: two administrators demoting each other at the
    // same moment on PostgreSQL would otherwise each see the other still there, and leave none.
    await tx.lockRecords();
    const actor = await tx.getUser(actorId);
    if (!actor || !isActiveAdmin(actor)) throw new HttpError(403, 'forbidden', 'Only admin accounts can do this.');
    const { user: target } = await accountById(tx, id);
    const next: UserChanges = {
      displayName: request.displayName ?? target.displayName,
      role: request.role ?? target.role,
      siteIds: request.siteIds ?? target.siteIds,
      disabled: request.disabled ?? target.disabled,
    };
    await checkGuardRails(tx, actor, target, next);
    if (request.siteIds) await checkSites(tx, request.siteIds);
    await tx.updateUser(id, next);
    if (next.disabled && !target.disabled) await tx.revokeUserSessions(id, at);
    await updateOperatorCard(tx, { ...target, ...next }, { updatedBy: actorId, at });
    return (await accountById(tx, id)).account;
  });
}

/** The network always keeps an active administrator, and no administrator locks herself out. */
async function checkGuardRails(tx: StorageTx, actor: UserRow, target: UserRow, next: UserChanges): Promise<void> {
  if (!isActiveAdmin(target) || isActiveAdmin(next)) return;
  const activeAdmins = (await tx.listUsers()).filter(isActiveAdmin).length;
  if (activeAdmins <= 1) {
    throw new HttpError(409, 'last_admin', 'This is the last active administrator: make another account an administrator first.');
  }
  if (target.id === actor.id) {
    throw new HttpError(409, 'own_account', 'You cannot disable your own account or take away its administrator role.');
  }
}

async function checkSites(tx: StorageTx, siteIds: readonly string[]): Promise<void> {
  const known = new Set((await tx.listRecords('sites')).filter((site) => !site.deleted).map((site) => site.id));
  const unknown = siteIds.filter((site) => !known.has(site));
  if (unknown.length > 0) throw new HttpError(400, 'unknown_site', `Unknown site code(s): ${unknown.join(', ')}.`);
}

/**
 * The account's operators record follows the edit. It stays in its site while the account still
 * works there, else it moves to the first one (devices pull a record by its site).
 */
async function updateOperatorCard(tx: StorageTx, user: UserRow, author: { updatedBy: string; at: string }): Promise<void> {
  const card = await tx.getRecord('operators', user.id);
  const [firstSite = ''] = user.siteIds;
  const fields = {
    siteId: card && user.siteIds.includes(card.siteId) ? card.siteId : firstSite,
    displayName: user.displayName,
    role: user.role,
    siteIds: user.siteIds,
    active: !user.disabled,
  };
  if (card) {
    await updateServerRecord(tx, card as RecordRow & { table: 'operators' }, fields, author);
    return;
  }
  // An account whose card is missing (made by hand in the database) gets one now.
  await writeServerRecord(tx, 'operators', {
    id: user.id,
    createdAt: author.at,
    updatedAt: author.at,
    updatedBy: author.updatedBy,
    deleted: false,
    username: user.username,
    ...fields,
  });
}
