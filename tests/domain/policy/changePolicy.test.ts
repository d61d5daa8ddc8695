import { describe, expect, it } from 'vitest';
import { refusalOfChange, withActorNames, type ChangeActor } from '../../../src/domain/policy/changePolicy.ts';
import { grantChangeProblem, type GrantChange } from '../../../src/domain/policy/grantChanges.ts';
import type { Grant } from '../../../src/domain/records/grant.ts';
import type { Role } from '../../../src/domain/records/operator.ts';
import { conflict, grant } from '../factories.ts';

const proposed = (overrides: Partial<Grant> = {}): Grant => {
  const { approvedOn: _on, approvedBy: _by, ...rest } = grant();
  return { ...rest, id: 'g', pathwayId: 'p1', householdId: 'h1', status: 'proposed', amountCents: 20_000, ...overrides };
};
const judge = (role: Role, before: Grant | undefined, after: Grant, more: Partial<GrantChange> = {}) =>
  grantChangeProblem({ role, before, after, pathway: { personId: 'h1', status: 'open' }, householdGrants: [], capCents: 70_000, ...more });

describe('grant changes, as device and server judge them', () => {
  const g = proposed();
  const approved = { ...g, status: 'approved' as const, approvedOn: '2025-03-01', approvedBy: 'x' };
  const paid = { ...approved, status: 'paid' as const, paidOn: '2025-03-02' };
  it.each([
    ['an operator proposes', 'operator', undefined, g, {}, null],
    ['a grant is born proposed', 'coordinator', undefined, approved, {}, { code: 'transition_not_allowed', from: 'proposed', to: 'approved' }],
    ['an operator does not approve', 'operator', g, approved, {}, { code: 'approval_not_allowed' }],
    ['a mediator does not approve', 'mediator', g, approved, {}, { code: 'approval_not_allowed' }],
    ['a coordinator approves', 'coordinator', g, approved, {}, null],
    ['an administrator approves', 'admin', g, approved, {}, null],
    ['an operator marks an approved grant paid', 'operator', approved, paid, {}, null],
    ['no payment before approval', 'coordinator', g, { ...g, status: 'paid' as const }, {}, { code: 'transition_not_allowed', from: 'proposed', to: 'paid' }],
    ['accounting needs a receipt', 'operator', paid, { ...paid, status: 'accounted' as const }, {}, { code: 'receipt_required' }],
    ['the household stays', 'coordinator', g, { ...g, householdId: 'h2' }, {}, { code: 'field_fixed', field: 'householdId' }],
    ['the pathway stays', 'coordinator', g, { ...g, pathwayId: 'p2' }, {}, { code: 'field_fixed', field: 'pathwayId' }],
    ['the amount is fixed once approved', 'coordinator', approved, { ...approved, amountCents: 1 }, {}, { code: 'field_fixed', field: 'amountCents' }],
    ['a new grant is for the pathway’s person', 'operator', undefined, { ...g, householdId: 'h2' }, {}, { code: 'wrong_household' }],
    ['no grant without its pathway', 'operator', undefined, g, { pathway: undefined }, { code: 'pathway_missing' }],
    ['no new grant on a closed pathway', 'operator', undefined, g, { pathway: { personId: 'h1', status: 'closed' } }, { code: 'pathway_closed' }],
    ['no approval on a closed pathway', 'coordinator', g, approved, { pathway: { personId: 'h1', status: 'closed' } }, { code: 'pathway_closed' }],
    ['a closed pathway’s grant is still cancelled', 'operator', g, { ...g, status: 'cancelled' as const }, { pathway: { personId: 'h1', status: 'closed' } }, null],
    ['a tombstone is judged by site scope only', 'operator', approved, { ...approved, deleted: true }, {}, null],
  ] as const)('%s', (_name, role, before, after, more, expected) => {
    expect(judge(role, before, after, more as Partial<GrantChange>)).toEqual(expected);
  });

  describe('the household cap, counted on every grant the judge holds', () => {
    const others = [proposed({ id: 'o1', amountCents: 50_000 }), proposed({ id: 'o2', amountCents: 30_000, status: 'cancelled' })];
    const exception = { reason: 'sfratto', by: 'c1', on: '2025-03-01' };
    it.each([
      ['up to the cap', undefined, proposed({ amountCents: 20_000 }), 'operator', null],
      ['one cent over', undefined, proposed({ amountCents: 20_001 }), 'operator', { code: 'over_cap', remainingCents: 20_000, capCents: 70_000 }],
      ['over with a coordinator’s new exception', undefined, proposed({ amountCents: 90_000, capException: exception }), 'coordinator', null],
      ['an operator records no exception', undefined, proposed({ amountCents: 90_000, capException: exception }), 'operator', { code: 'exception_not_allowed' }],
      ['an exception without a reason is none', undefined, proposed({ amountCents: 90_000, capException: { ...exception, reason: ' ' } }), 'coordinator', { code: 'over_cap', remainingCents: 20_000, capCents: 70_000 }],
      ['an old exception does not cover a raised amount', proposed({ id: 'g', amountCents: 90_000, capException: exception }), proposed({ id: 'g', amountCents: 95_000, capException: exception }), 'coordinator', { code: 'over_cap', remainingCents: 20_000, capCents: 70_000 }],
      ['a grant over the cap by exception moves on', proposed({ id: 'g', amountCents: 90_000, capException: exception }), proposed({ id: 'g', amountCents: 90_000, capException: exception, status: 'cancelled' }), 'operator', null],
      ['its own earlier amount is not counted twice', proposed({ id: 'g', amountCents: 10_000 }), proposed({ id: 'g', amountCents: 20_000 }), 'operator', null],
    ] as const)('%s', (_name, before, after, role, expected) => {
      const householdGrants = before ? [...others, before] : others;
      expect(judge(role, before, after, { householdGrants })).toEqual(expected);
    });
  });
});

describe('who may change which table', () => {
  const actor = (role: Role): ChangeActor => ({ id: 'me', role });
  const open = conflict();
  const settled = { ...open, status: 'resolved' as const, resolvedBy: 'me', resolvedAt: '2025-03-15T10:00:00.000Z' };
  it.each([
    ['no device edits accounts', 'admin', 'operators', 'update', {}, {}, 'accounts_on_server'],
    ['only an administrator edits sites', 'coordinator', 'sites', 'update', {}, {}, 'sites_admin_only'],
    ['an administrator edits sites', 'admin', 'sites', 'update', {}, {}, null],
    ['an operator does not change settings', 'operator', 'settings', 'update', {}, {}, 'settings_not_allowed'],
    ['a coordinator changes settings', 'coordinator', 'settings', 'update', {}, {}, null],
    ['people are the site scope’s', 'mediator', 'people', 'update', {}, {}, null],
    ['a coordinator settles a conflict', 'coordinator', 'conflicts', 'update', open, settled, null],
    ['an operator settles one on a record she does not manage', 'operator', 'conflicts', 'update', open, settled, 'resolve_not_allowed'],
    ['no device makes up a conflict', 'coordinator', 'conflicts', 'create', undefined, open, 'conflicts_server_only'],
    ['no device deletes a conflict', 'coordinator', 'conflicts', 'delete', open, { ...open, deleted: true }, 'conflicts_server_only'],
    ['settling changes nothing else', 'coordinator', 'conflicts', 'update', open, { ...settled, clientValue: 'x' }, 'conflict_fields_fixed'],
    ['a settled conflict stays settled', 'coordinator', 'conflicts', 'update', settled, { ...settled, status: 'open' }, 'conflict_fields_fixed'],
  ] as const)('%s', (_name, role, table, op, before, after, code) => {
    const refusal = refusalOfChange({ actor: actor(role), table, op, before: before as Record<string, unknown> | undefined, after: after as Record<string, unknown> });
    expect(refusal?.code ?? null).toBe(code);
  });

  it('the case manager of the record settles its conflict', () => {
    const change = { actor: actor('operator'), table: 'conflicts', op: 'update', before: open, after: settled } as const;
    expect(refusalOfChange({ ...change, conflictRecord: { caseManagerId: 'me' } })).toBeNull();
    expect(refusalOfChange({ ...change, conflictRecord: { caseManagerId: 'someone else' } })?.code).toBe('resolve_not_allowed');
  });

  it('names who approved, excepted or settled after the actor, whatever was sent', () => {
    expect(withActorNames('grants', { status: 'approved', approvedBy: 'boss' }, 'me')).toEqual({ status: 'approved', approvedBy: 'me' });
    expect(withActorNames('grants', { capException: { reason: 'r', by: 'boss', on: '2025-03-01' } }, 'me')).toEqual({ capException: { reason: 'r', by: 'me', on: '2025-03-01' } });
    expect(withActorNames('grants', { status: 'paid', paidOn: '2025-03-01' }, 'me')).toEqual({ status: 'paid', paidOn: '2025-03-01' });
    expect(withActorNames('conflicts', { status: 'resolved', resolvedBy: 'boss' }, 'me')).toEqual({ status: 'resolved', resolvedBy: 'me' });
    expect(withActorNames('people', { resolvedBy: 'boss', approvedBy: 'boss' }, 'me')).toEqual({ resolvedBy: 'boss', approvedBy: 'boss' });
  });
});
