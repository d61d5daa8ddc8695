import { afterEach, describe, expect, it } from 'vitest';
import {
  GrantRefusedError, grantsAwaitingReceipt, householdAllowance, householdCapCents, moveGrant, proposeGrant,
  setHouseholdCap, SettingsNotAllowedError, type GrantProposal,
} from '../../src/db/grants.ts';
import { closePathway } from '../../src/db/pathwayClosing.ts';
import { getRecord } from '../../src/db/repository.ts';
import { DEFAULT_HOUSEHOLD_CAP_CENTS } from '../../src/domain/grants/grantRules.ts';
import { householdCapSettingId } from '../../src/domain/records/settings.ts';
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

const proposal = (amountCents: number, expenseType: GrantProposal['expenseType'] = 'utility_bills'): GrantProposal => ({
  amountCents, expenseType, purpose: 'Bolletta del gas', proposedOn: '2026-02-10',
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GrantRefusedError);
  return (error as GrantRefusedError).problem;
}

describe('household totals across pathways', () => {
  it('counts the household’s grants on all her pathways against one cap, to the cent', async () => {
    const { db } = device();
    const who = author();
    const amina = await addPerson(db, who);
    const first = await addPathway(db, who, amina.id, { openedOn: '2025-05-01' });
    const second = await addPathway(db, who, amina.id);
    const a = await proposeGrant(db, who, 'operator', first.id, proposal(33_333));
    await proposeGrant(db, who, 'operator', second.id, proposal(16_667, 'newborn_kit'));
    const cancelled = await proposeGrant(db, who, 'operator', second.id, proposal(10_001));
    await moveGrant(db, who, 'coordinator', cancelled.id, 'cancelled');

    expect(a.householdId).toBe(amina.id);
    expect(await householdAllowance(db, amina.id, who.siteId)).toEqual({ capCents: 70_000, committedCents: 50_000, remainingCents: 20_000 });

    // Exactly what remains is accepted; one cent more is refused, saying what remains.
    expect(await refusal(proposeGrant(db, who, 'operator', first.id, proposal(20_001)))).toEqual({ code: 'over_cap', remainingCents: 20_000, capCents: 70_000 });
    await proposeGrant(db, who, 'operator', first.id, proposal(20_000));
    expect(await householdAllowance(db, amina.id, who.siteId)).toEqual({ capCents: 70_000, committedCents: 70_000, remainingCents: 0 });

    // Another household is not affected.
    const rosa = await addPerson(db, who, 'peruvian');
    const hers = await addPathway(db, who, rosa.id);
    await proposeGrant(db, who, 'operator', hers.id, proposal(70_000));
  });

  it('sums many odd amounts without drifting by a cent', async () => {
    const { db } = device();
    const who = author();
    const amina = await addPerson(db, who);
    const p = await addPathway(db, who, amina.id);
    const amounts = [1, 99, 1_010, 4_999, 12_345, 7, 33, 10_101];
    for (const cents of amounts) await proposeGrant(db, who, 'operator', p.id, proposal(cents));
    const total = amounts.reduce((s, c) => s + c, 0);
    expect((await householdAllowance(db, amina.id, who.siteId)).committedCents).toBe(total);
    expect((await householdAllowance(db, amina.id, who.siteId)).remainingCents).toBe(70_000 - total);
  });

  it('refuses a grant on a closed pathway and writes nothing', async () => {
    const { db } = device();
    const who = author();
    const p = await addPathway(db, who, (await addPerson(db, who)).id);
    await closePathway(db, who, 'operator', p.id, { closedOn: '2026-03-01', outcome: 'Concluso', goals: p.goals, cancelGrantIds: [] });
    const before = await db.outbox.count();
    expect(await refusal(proposeGrant(db, who, 'operator', p.id, proposal(100)))).toEqual({ code: 'pathway_closed' });
    expect(await db.grants.count()).toBe(0);
    expect(await db.outbox.count()).toBe(before);
  });

  it('lets a coordinator go over the cap with a reason, recorded on the grant; an operator cannot', async () => {
    const { db } = device();
    const who = author();
    const amina = await addPerson(db, who);
    const p = await addPathway(db, who, amina.id);
    await proposeGrant(db, who, 'operator', p.id, proposal(70_000));
    expect(await refusal(proposeGrant(db, who, 'operator', p.id, proposal(5_000), { reason: 'Sfratto' }))).toEqual({ code: 'exception_not_allowed' });
    const coordinator = author();
    const g = await proposeGrant(db, coordinator, 'coordinator', p.id, proposal(5_000), { reason: ' Sfratto imminente ' });
    expect(g.capException).toEqual({ reason: 'Sfratto imminente', by: coordinator.operatorId, on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    // Within the cap an exception is not recorded.
    const rosa = await addPerson(db, who, 'peruvian');
    const q = await addPathway(db, who, rosa.id);
    expect((await proposeGrant(db, coordinator, 'coordinator', q.id, proposal(100), { reason: 'non serve' })).capException).toBeUndefined();
  });

  it('applies the cap a coordinator set for the pathway’s site', async () => {
    const { db } = device();
    const who = author('barrito');
    const coordinator = author('barrito');
    expect(await householdCapCents(db, 'barrito')).toBe(DEFAULT_HOUSEHOLD_CAP_CENTS);
    await expect(setHouseholdCap(db, who, 'operator', 'barrito', 90_000)).rejects.toBeInstanceOf(SettingsNotAllowedError);
    const setting = await setHouseholdCap(db, coordinator, 'coordinator', 'barrito', 80_000);
    expect(setting).toMatchObject({ id: householdCapSettingId('barrito'), siteId: 'barrito', key: 'householdCapCents', valueCents: 80_000 });
    await setHouseholdCap(db, coordinator, 'coordinator', 'barrito', 85_000);
    expect((await getRecord(db, 'settings', setting.id))!.valueCents).toBe(85_000);
    expect(await db.outbox.where('[table+recordId]').equals(['settings', setting.id]).count()).toBe(2);
    expect(await householdCapCents(db, 'vallette')).toBe(DEFAULT_HOUSEHOLD_CAP_CENTS);

    const amina = await addPerson(db, who);
    const here = await addPathway(db, who, amina.id);
    await proposeGrant(db, who, 'operator', here.id, proposal(85_000));
    const rosa = await addPerson(db, who, 'peruvian');
    const there = await addPathway(db, who, rosa.id, { siteId: 'vallette' });
    expect(await refusal(proposeGrant(db, who, 'operator', there.id, proposal(85_000)))).toMatchObject({ code: 'over_cap', capCents: 70_000 });
  });
});

describe('grant status', () => {
  it('goes proposed → approved → paid, with dates and who approved; never paid before approval', async () => {
    const { db } = device();
    const who = author();
    const p = await addPathway(db, who, (await addPerson(db, who)).id);
    const g = await proposeGrant(db, who, 'operator', p.id, proposal(45_000));
    expect(await refusal(moveGrant(db, who, 'coordinator', g.id, 'paid'))).toEqual({ code: 'transition_not_allowed', from: 'proposed', to: 'paid' });
    const approved = await moveGrant(db, who, 'coordinator', g.id, 'approved', '2026-02-11');
    expect(approved).toMatchObject({ status: 'approved', approvedOn: '2026-02-11', approvedBy: who.operatorId });
    const paid = await moveGrant(db, who, 'coordinator', g.id, 'paid', '2026-02-12');
    expect(paid).toMatchObject({ status: 'paid', paidOn: '2026-02-12' });
    expect(await refusal(moveGrant(db, who, 'coordinator', g.id, 'accounted'))).toEqual({ code: 'receipt_required' });
    expect(await refusal(moveGrant(db, who, 'coordinator', g.id, 'cancelled'))).toMatchObject({ code: 'transition_not_allowed' });
    expect((await getRecord(db, 'grants', g.id))!.status).toBe('paid');
  });

  it('an operator cannot approve on the device: refused by the rule the server applies, nothing written', async () => {
    const { db } = device();
    const who = author();
    const p = await addPathway(db, who, (await addPerson(db, who)).id);
    const g = await proposeGrant(db, who, 'operator', p.id, proposal(45_000));
    const queued = await db.outbox.count();
    expect(await refusal(moveGrant(db, who, 'operator', g.id, 'approved'))).toEqual({ code: 'approval_not_allowed' });
    expect((await getRecord(db, 'grants', g.id))!.status).toBe('proposed');
    expect(await db.outbox.count()).toBe(queued);
  });

  it('lists the case manager’s paid grants without a receipt, the longest waiting first', async () => {
    const { db } = device();
    const me = author();
    const other = author();
    const amina = await addPerson(db, me);
    const mine = await addPathway(db, me, amina.id);
    const theirs = await addPathway(db, other, (await addPerson(db, other, 'peruvian')).id);
    const pay = async (pathwayId: string, cents: number, on: string) => {
      const g = await proposeGrant(db, me, 'operator', pathwayId, proposal(cents));
      await moveGrant(db, me, 'coordinator', g.id, 'approved', on);
      return moveGrant(db, me, 'coordinator', g.id, 'paid', on);
    };
    const late = await pay(mine.id, 10_000, '2026-02-20');
    const early = await pay(mine.id, 20_000, '2026-02-01');
    await pay(theirs.id, 30_000, '2026-02-01');
    await proposeGrant(db, me, 'operator', mine.id, proposal(1_000)); // not paid yet
    const waiting = await grantsAwaitingReceipt(db, me.operatorId);
    expect(waiting.map((w) => w.grant.id)).toEqual([early.id, late.id]);
    expect(waiting[0]!.person?.id).toBe(amina.id);
  });
});
