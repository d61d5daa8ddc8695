import { localDate } from '../domain/dates.ts';
import {
  checkNewGrant, committedCents, DEFAULT_HOUSEHOLD_CAP_CENTS,
} from '../domain/grants/grantRules.ts';
import { grantChangeProblem, type GrantChangeProblem } from '../domain/policy/grantChanges.ts';
import type { Cents } from '../domain/money.ts';
import type { Grant } from '../domain/records/grant.ts';
import type { Role } from '../domain/records/operator.ts';
import type { Pathway } from '../domain/records/pathway.ts';
import type { Person } from '../domain/records/person.ts';
import { householdCapSettingId, mayChangeSettings, type Setting } from '../domain/records/settings.ts';
import type { SportelloDb } from './database.ts';
import { peopleById } from './pathways.ts';
import { createRecord, RecordNotFoundError, updateRecord, type Author, type Fields } from './repository.ts';

/**
 * Inclusion grants ("doti di inclusione") on the device. The rules are the domain's
 * (grants/grantRules.ts); this module reads what they need — the household's grants across all
 * her pathways, the site's cap — and applies them inside the same transaction as the write, so
 * two tabs cannot both spend the last euro of a household.
 */

export class GrantRefusedError extends Error {
  constructor(readonly problem: GrantChangeProblem) {
    super(`Grant refused: ${problem.code}`);
    this.name = 'GrantRefusedError';
  }
}

export class SettingsNotAllowedError extends Error {
  constructor() {
    super('Only a coordinator may change the settings of a site');
    this.name = 'SettingsNotAllowedError';
  }
}

/** A site's household cap setting, as a coordinator last set it; null when never set. */
export async function householdCapSetting(db: SportelloDb, siteId: string): Promise<Setting | null> {
  return (await db.settings.get(householdCapSettingId(siteId))) ?? null;
}

/** The household cap in force at a site: the coordinator's setting, else €700. */
export async function householdCapCents(db: SportelloDb, siteId: string): Promise<Cents> {
  const row = await householdCapSetting(db, siteId);
  return row && !row.deleted ? row.valueCents : DEFAULT_HOUSEHOLD_CAP_CENTS;
}

/** A household's grants, whatever pathway they were given on (cancelled ones included). */
export async function grantsOfHousehold(db: SportelloDb, householdId: string): Promise<Grant[]> {
  const rows = await db.grants.where('householdId').equals(householdId).toArray();
  return rows.filter((g) => !g.deleted);
}

export interface HouseholdAllowance {
  capCents: Cents;
  committedCents: Cents;
  remainingCents: Cents;
}

/** What the household has been given so far and what remains under the site's cap. */
export async function householdAllowance(db: SportelloDb, householdId: string, siteId: string): Promise<HouseholdAllowance> {
  const [grants, capCents] = await Promise.all([grantsOfHousehold(db, householdId), householdCapCents(db, siteId)]);
  const committed = committedCents(grants, householdId);
  return { capCents, committedCents: committed, remainingCents: Math.max(0, capCents - committed) };
}

export type GrantProposal = Pick<Fields<'grants'>, 'amountCents' | 'expenseType' | 'expenseOther' | 'purpose' | 'proposedOn'>;

/**
 * Proposes a grant on a pathway. Refused (GrantRefusedError) on a closed pathway, or when it
 * would take the household over the cap — unless a coordinator gives the reason for an
 * exception, which is then recorded on the grant.
 */
export async function proposeGrant(
  db: SportelloDb,
  author: Author,
  role: Role,
  pathwayId: string,
  proposal: GrantProposal,
  exception?: { reason: string },
): Promise<Grant> {
  return db.transaction('rw', [db.pathways, db.grants, db.settings, db.outbox], async () => {
    const pathway = await db.pathways.get(pathwayId);
    if (!pathway || pathway.deleted) throw new RecordNotFoundError('pathways', pathwayId);
    const householdId = pathway.personId;
    const [grants, capCents] = await Promise.all([grantsOfHousehold(db, householdId), householdCapCents(db, pathway.siteId)]);
    const reason = exception?.reason.trim() ?? '';
    const problem = checkNewGrant({
      grants, householdId, amountCents: proposal.amountCents, capCents, pathwayStatus: pathway.status,
      ...(reason ? { exception: { reason, role } } : {}),
    });
    if (problem) throw new GrantRefusedError(problem);
    const overCap = committedCents(grants, householdId) + proposal.amountCents > capCents;
    return createRecord(db, { ...author, siteId: pathway.siteId }, 'grants', {
      ...proposal,
      pathwayId,
      householdId,
      status: 'proposed',
      receiptAttachmentIds: [],
      ...(overCap ? { capException: { reason, by: author.operatorId, on: localDate() } } : {}),
    });
  });
}

type Move = 'approved' | 'paid' | 'accounted' | 'cancelled';

/**
 * Moves a grant on: proposed → approved (a coordinator) → paid → accounted (with a receipt), or
 * cancelled before payment. Judged by the same rule the server applies (domain/policy/grantChanges.ts);
 * a refused move throws with the domain's reason, and nothing is written.
 */
export async function moveGrant(db: SportelloDb, author: Author, role: Role, grantId: string, to: Move, on = localDate()): Promise<Grant> {
  return db.transaction('rw', [db.pathways, db.grants, db.settings, db.outbox], async () => {
    const grant = await db.grants.get(grantId);
    if (!grant || grant.deleted) throw new RecordNotFoundError('grants', grantId);
    const dates: Partial<Grant> =
      to === 'approved' ? { approvedOn: on, approvedBy: author.operatorId }
        : to === 'paid' ? { paidOn: on }
          : to === 'accounted' ? { accountedOn: on }
            : {};
    const changes = { status: to, ...dates };
    const pathway = await db.pathways.get(grant.pathwayId);
    const [householdGrants, capCents] = await Promise.all([grantsOfHousehold(db, grant.householdId), householdCapCents(db, grant.siteId)]);
    const problem = grantChangeProblem({
      role, before: grant, after: { ...grant, ...changes }, pathway: pathway && !pathway.deleted ? pathway : undefined, householdGrants, capCents,
    });
    if (problem) throw new GrantRefusedError(problem);
    return updateRecord(db, author, 'grants', grantId, changes);
  });
}

export interface GrantAwaitingReceipt {
  grant: Grant;
  pathway: Pathway;
  person: Person | undefined;
}

/**
 * Paid grants with no receipt yet, on the case manager's pathways, the longest waiting first.
 * Read from the `status` index: paid grants are the few between payment and accounting.
 */
export async function grantsAwaitingReceipt(db: SportelloDb, caseManagerId: string): Promise<GrantAwaitingReceipt[]> {
  const paid = (await db.grants.where('status').equals('paid').toArray())
    .filter((g) => !g.deleted && g.receiptAttachmentIds.length === 0);
  if (paid.length === 0) return [];
  const pathways = new Map(
    (await db.pathways.bulkGet([...new Set(paid.map((g) => g.pathwayId))]))
      .filter((p): p is Pathway => p !== undefined && !p.deleted && p.caseManagerId === caseManagerId)
      .map((p) => [p.id, p]),
  );
  const mine = paid.filter((g) => pathways.has(g.pathwayId));
  const people = await peopleById(db, [...pathways.values()].map((p) => p.personId));
  return mine
    .sort((a, b) => (a.paidOn ?? '').localeCompare(b.paidOn ?? '') || a.createdAt.localeCompare(b.createdAt))
    .map((grant) => {
      const pathway = pathways.get(grant.pathwayId)!;
      return { grant, pathway, person: people.get(pathway.personId) };
    });
}

/** A coordinator sets the household cap of a site; it reaches the site's tablets with sync. */
export async function setHouseholdCap(db: SportelloDb, author: Author, role: Role, siteId: string, valueCents: Cents): Promise<Setting> {
  if (!mayChangeSettings(role)) throw new SettingsNotAllowedError();
  const id = householdCapSettingId(siteId);
  return db.transaction('rw', [db.settings, db.outbox], async () => {
    const current = await db.settings.get(id);
    if (current && !current.deleted) return updateRecord(db, author, 'settings', id, { valueCents });
    return createRecord(db, { ...author, siteId }, 'settings', { id, key: 'householdCapCents', valueCents });
  });
}
