import { afterEach, describe, expect, it } from 'vitest';
import { GrantRefusedError, householdAllowance, moveGrant, proposeGrant, type GrantProposal } from '../../src/db/grants.ts';
import { closePathway, grantsBlockingClose, OpenGrantsError } from '../../src/db/pathwayClosing.ts';
import { getRecord, updateRecord } from '../../src/db/repository.ts';
import { newId } from '../../src/domain/ids.ts';
import { author, testDevice, type TestDevice } from './helpers.ts';
import { addPathway, addPerson } from './pathwaySeed.ts';

const devices: TestDevice[] = [];
function device(): TestDevice {
  const d = testDevice();
  devices.push(d);
  return d;
}
afterEach(() => {
  for (const d of devices.splice(0)) d.db.close();
});

const proposal = (amountCents: number, proposedOn: string): GrantProposal => ({
  amountCents, expenseType: 'utility_bills', purpose: 'Bolletta del gas', proposedOn,
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GrantRefusedError);
  return (error as GrantRefusedError).problem;
}

/** A pathway with a grant in each state: proposed, approved, paid and one cancelled before. */
async function pathwayWithGrants(db: TestDevice['db']) {
  const who = author();
  const amina = await addPerson(db, who);
  const pathway = await addPathway(db, who, amina.id);
  const proposed = await proposeGrant(db, who, 'operator', pathway.id, proposal(10_000, '2026-02-12'));
  const approved = await proposeGrant(db, who, 'operator', pathway.id, proposal(20_000, '2026-02-10'));
  await moveGrant(db, who, 'coordinator', approved.id, 'approved');
  const paid = await proposeGrant(db, who, 'operator', pathway.id, proposal(30_000, '2026-02-01'));
  await moveGrant(db, who, 'coordinator', paid.id, 'approved');
  await moveGrant(db, who, 'operator', paid.id, 'paid');
  const cancelled = await proposeGrant(db, who, 'operator', pathway.id, proposal(5_000, '2026-02-02'));
  await moveGrant(db, who, 'operator', cancelled.id, 'cancelled');
  return { who, amina, pathway, proposed, approved, paid, cancelled };
}

const closing = (goals: { id: string; text: string; status: 'open' | 'in_progress' | 'reached' | 'dropped' }[], cancelGrantIds: string[]) => ({
  closedOn: '2026-03-01', outcome: 'Trasferita', goals, cancelGrantIds,
});

describe('closing a pathway with grants not yet paid', () => {
  it('lists the proposed and approved grants, the oldest proposal first, not the paid or cancelled ones', async () => {
    const { db } = device();
    const { pathway, proposed, approved } = await pathwayWithGrants(db);
    expect((await grantsBlockingClose(db, pathway.id)).map((g) => g.id)).toEqual([approved.id, proposed.id]);
  });

  it('cancels each chosen grant, then closes, the cancellations first in the outbox; the paid one stays', async () => {
    const { db } = device();
    const { who, amina, pathway, proposed, approved, paid, cancelled } = await pathwayWithGrants(db);
    expect((await householdAllowance(db, amina.id, who.siteId)).committedCents).toBe(60_000);
    const lastSeq = (await db.outbox.orderBy('seq').last())!.seq!;

    const closed = await closePathway(db, who, 'operator', pathway.id, closing(pathway.goals, [proposed.id, approved.id]));

    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-03-01', outcome: 'Trasferita' });
    expect((await getRecord(db, 'grants', proposed.id))!.status).toBe('cancelled');
    expect((await getRecord(db, 'grants', approved.id))!.status).toBe('cancelled');
    expect((await getRecord(db, 'grants', paid.id))!.status).toBe('paid');
    expect((await getRecord(db, 'grants', cancelled.id))!.status).toBe('cancelled');
    // The money of the cancelled grants goes back to the household's cap.
    expect((await householdAllowance(db, amina.id, who.siteId)).committedCents).toBe(30_000);

    const written = await db.outbox.where('seq').above(lastSeq).sortBy('seq');
    expect(written.map((e) => [e.table, e.recordId, e.changes.status])).toEqual([
      ['grants', approved.id, 'cancelled'],
      ['grants', proposed.id, 'cancelled'],
      ['pathways', pathway.id, 'closed'],
    ]);
  });

  it('refuses the close when an open grant was not chosen, and writes nothing at all', async () => {
    const { db } = device();
    const { who, pathway, proposed, approved } = await pathwayWithGrants(db);
    const queued = await db.outbox.count();

    const error = await closePathway(db, who, 'operator', pathway.id, closing(pathway.goals, [proposed.id])).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(OpenGrantsError);
    expect((error as OpenGrantsError).grantIds).toEqual([approved.id]);
    expect((await getRecord(db, 'grants', proposed.id))!.status).toBe('proposed');
    expect((await getRecord(db, 'pathways', pathway.id))!.status).toBe('open');
    expect(await db.outbox.count()).toBe(queued);
  });

  it('closes a pathway with no open grant as before, cancelling nothing', async () => {
    const { db } = device();
    const who = author();
    const pathway = await addPathway(db, who, (await addPerson(db, who)).id);
    const queued = await db.outbox.count();
    await closePathway(db, who, 'operator', pathway.id, closing(pathway.goals, []));
    expect(await db.outbox.count()).toBe(queued + 1);
  });
});

describe('a closed pathway’s grants', () => {
  it('refuse approval and payment, by the rule the server applies; a paid one is still accounted for', async () => {
    const { db } = device();
    const { who, pathway, proposed, approved, paid } = await pathwayWithGrants(db);
    // Closed on another tablet, its close reaching this one by sync with the grants still open.
    await updateRecord(db, who, 'pathways', pathway.id, { status: 'closed', closedOn: '2026-03-01', outcome: 'Altrove' });
    const queued = await db.outbox.count();

    expect(await refusal(moveGrant(db, who, 'coordinator', proposed.id, 'approved'))).toEqual({ code: 'pathway_closed' });
    expect(await refusal(moveGrant(db, who, 'coordinator', approved.id, 'paid'))).toEqual({ code: 'pathway_closed' });
    expect((await getRecord(db, 'grants', proposed.id))!.status).toBe('proposed');
    expect(await db.outbox.count()).toBe(queued);

    await moveGrant(db, who, 'operator', proposed.id, 'cancelled');
    // The receipt's record id, as attaching one would set it.
    await updateRecord(db, who, 'grants', paid.id, { receiptAttachmentIds: [newId()] });
    expect((await moveGrant(db, who, 'operator', paid.id, 'accounted')).status).toBe('accounted');
  });

  it('a grant cancelled by the close cannot be approved afterwards', async () => {
    const { db } = device();
    const { who, pathway, proposed, approved } = await pathwayWithGrants(db);
    await closePathway(db, who, 'coordinator', pathway.id, closing(pathway.goals, [proposed.id, approved.id]));
    expect(await refusal(moveGrant(db, who, 'coordinator', proposed.id, 'approved'))).toEqual({ code: 'transition_not_allowed', from: 'cancelled', to: 'approved' });
  });
});
