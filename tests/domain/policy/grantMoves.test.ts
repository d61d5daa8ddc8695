import { describe, expect, it } from 'vitest';
import { allowedGrantMoves, blocksClosing, grantChangeProblem } from '../../../src/domain/policy/grantChanges.ts';
import type { Grant } from '../../../src/domain/records/grant.ts';
import type { Role } from '../../../src/domain/records/operator.ts';
import { grantStatuses } from '../../../src/domain/vocab/pathways.ts';
import { roles } from '../../../src/domain/vocab/activities.ts';
import { grant } from '../factories.ts';

type Status = Grant['status'];

describe('the moves a grant card offers, from the rule the server applies', () => {
  it.each<[Role, Status, 'open' | 'closed', string[]]>([
    ['operator', 'proposed', 'open', ['cancelled']],
    ['coordinator', 'proposed', 'open', ['approved', 'cancelled']],
    ['admin', 'proposed', 'open', ['approved', 'cancelled']],
    ['operator', 'approved', 'open', ['paid', 'cancelled']],
    ['operator', 'paid', 'open', ['accounted']],
    ['coordinator', 'accounted', 'open', []],
    ['coordinator', 'cancelled', 'open', []],
    // Closed: the money is only settled or given back.
    ['coordinator', 'proposed', 'closed', ['cancelled']],
    ['operator', 'proposed', 'closed', ['cancelled']],
    ['coordinator', 'approved', 'closed', ['cancelled']],
    ['operator', 'paid', 'closed', ['accounted']],
    ['coordinator', 'cancelled', 'closed', []],
  ])('%s, %s grant, %s pathway: %j', (role, status, pathwayStatus, moves) => {
    expect(allowedGrantMoves(role, { status }, pathwayStatus)).toEqual(moves);
  });

  it('offers exactly the moves the server accepts (a missing receipt aside), for every role, status and pathway', () => {
    const disagreements: string[] = [];
    for (const role of roles.codes as readonly Role[]) {
      for (const from of grantStatuses.codes as readonly Status[]) {
        for (const pathwayStatus of ['open', 'closed'] as const) {
          const before: Grant = { ...grant(), status: from, receiptAttachmentIds: [] };
          const offered = allowedGrantMoves(role, before, pathwayStatus);
          for (const to of grantStatuses.codes as readonly Status[]) {
            if (to === from) continue;
            const problem = grantChangeProblem({
              role, before, after: { ...before, status: to }, pathway: { personId: before.householdId, status: pathwayStatus }, householdGrants: [], capCents: 70_000,
            });
            const accepted = problem === null || problem.code === 'receipt_required';
            if (accepted !== (offered as string[]).includes(to)) disagreements.push(`${role} ${from}→${to} on ${pathwayStatus}: ${problem?.code ?? 'accepted'}`);
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
  });
});

describe('the grants a pathway is not closed with', () => {
  it.each<[Status, boolean, boolean]>([
    ['proposed', false, true],
    ['approved', false, true],
    ['paid', false, false],
    ['accounted', false, false],
    ['cancelled', false, false],
    ['proposed', true, false],
  ])('a %s grant (deleted: %s) blocks closing: %s', (status, deleted, blocks) => {
    expect(blocksClosing({ status, deleted })).toBe(blocks);
  });
});
