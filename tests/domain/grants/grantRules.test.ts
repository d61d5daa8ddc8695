import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkNewGrant, checkTransition, committedCents, DEFAULT_HOUSEHOLD_CAP_CENTS, nextStatuses, remainingCents,
} from '../../../src/domain/grants/grantRules.ts';
import type { Grant } from '../../../src/domain/records/grant.ts';

type G = Pick<Grant, 'id' | 'householdId' | 'amountCents' | 'status' | 'deleted'>;
let n = 0;
const g = (householdId: string, amountCents: number, status: Grant['status'] = 'approved', deleted = false): G => ({
  id: `g${++n}`, householdId, amountCents, status, deleted,
});

describe('household cap', () => {
  it('counts every grant of the household across pathways except cancelled and deleted ones', () => {
    const grants = [g('h1', 30_000, 'paid'), g('h1', 15_050, 'proposed'), g('h1', 10_000, 'cancelled'), g('h1', 5_000, 'approved', true), g('h2', 70_000)];
    expect(committedCents(grants, 'h1')).toBe(45_050);
    expect(remainingCents(grants, 'h1', DEFAULT_HOUSEHOLD_CAP_CENTS)).toBe(24_950);
    expect(remainingCents(grants, 'h2', DEFAULT_HOUSEHOLD_CAP_CENTS)).toBe(0);
  });

  const base = { householdId: 'h1', capCents: 70_000, pathwayStatus: 'open' as const };
  it.each([
    ['reaching the cap exactly is allowed', [g('h1', 40_000)], 30_000, undefined, null],
    ['one cent over is refused, saying what remains', [g('h1', 40_000)], 30_001, undefined, { code: 'over_cap', remainingCents: 30_000, capCents: 70_000 }],
    ['a coordinator exception with a reason allows it', [g('h1', 70_000)], 5_000, { reason: 'sfratto imminente', role: 'coordinator' as const }, null],
    ['an operator cannot record an exception', [g('h1', 70_000)], 5_000, { reason: 'urgente', role: 'operator' as const }, { code: 'exception_not_allowed' }],
    ['an exception without a reason is no exception', [g('h1', 70_000)], 5_000, { reason: '  ', role: 'coordinator' as const }, { code: 'over_cap', remainingCents: 0, capCents: 70_000 }],
    ['other households do not count', [g('h2', 70_000)], 70_000, undefined, null],
  ])('%s', (_name, grants, amountCents, exception, expected) => {
    expect(checkNewGrant({ ...base, grants, amountCents, ...(exception ? { exception } : {}) })).toEqual(expected);
  });

  it('refuses a grant on a closed pathway', () => {
    expect(checkNewGrant({ ...base, grants: [], amountCents: 100, pathwayStatus: 'closed' })).toEqual({ code: 'pathway_closed' });
  });

  it('does not count a grant twice when its own amount is edited', () => {
    const own = g('h1', 70_000, 'proposed');
    expect(checkNewGrant({ ...base, grants: [own], amountCents: 60_000, grantId: own.id })).toBeNull();
  });

  it('any sequence of grants sums exactly, and accepted proposals never exceed the cap', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 80_000 }), { maxLength: 60 }), fc.integer({ min: 1, max: 200_000 }), (amounts, cap) => {
        const accepted: G[] = [];
        for (const amountCents of amounts) {
          if (checkNewGrant({ householdId: 'h', capCents: cap, pathwayStatus: 'open', grants: accepted, amountCents }) === null) {
            accepted.push(g('h', amountCents, 'proposed'));
          }
        }
        const exact = accepted.reduce((sum, x) => sum + BigInt(x.amountCents), 0n);
        expect(BigInt(committedCents(accepted, 'h'))).toBe(exact);
        expect(committedCents(accepted, 'h')).toBeLessThanOrEqual(cap);
        expect(committedCents(accepted, 'h') + remainingCents(accepted, 'h', cap)).toBe(Math.max(cap, committedCents(accepted, 'h')));
      }),
      { numRuns: 300 },
    );
  });
});

describe('status transitions', () => {
  it.each([
    ['proposed', 'approved', true], ['proposed', 'paid', false], ['approved', 'paid', true], ['paid', 'approved', false],
    ['accounted', 'cancelled', false], ['approved', 'cancelled', true], ['paid', 'cancelled', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    const problem = checkTransition({ status: from, receiptAttachmentIds: ['r1'] }, to);
    expect(problem === null).toBe(allowed);
    expect(nextStatuses(from).includes(to)).toBe(allowed);
  });

  it('a payment before approval is refused', () => {
    expect(checkTransition({ status: 'proposed', receiptAttachmentIds: [] }, 'paid')).toEqual({ code: 'transition_not_allowed', from: 'proposed', to: 'paid' });
  });

  it('accounting for a grant needs a receipt', () => {
    expect(checkTransition({ status: 'paid', receiptAttachmentIds: [] }, 'accounted')).toEqual({ code: 'receipt_required' });
    expect(checkTransition({ status: 'paid', receiptAttachmentIds: ['r1'] }, 'accounted')).toBeNull();
  });
});
