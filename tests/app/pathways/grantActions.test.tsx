import '../ui/renderer/i18n-setup';
import { describe, expect, it } from 'vitest';
import { GrantActions } from '../../../src/app/pathways/pathway/GrantActions';
import { SessionContext, type SessionApi } from '../../../src/app/session/SessionContext';
import type { Grant } from '../../../src/domain/records/grant.ts';
import type { Role } from '../../../src/domain/records/operator.ts';
import { grant } from '../../domain/factories.ts';
import { render, textOf } from '../ui/renderer/render';

const sessionAs = (role: Role): SessionApi => ({
  session: { user: { id: 'u1', username: 'u', displayName: 'U', role, siteIds: ['barrito'] }, siteId: 'barrito', loggedInAt: '2026-01-10T08:00:00.000Z' },
  setSite: async () => {},
  logout: async () => {},
});

const markup = (role: Role, status: Grant['status'], pathwayStatus: 'open' | 'closed' = 'open') =>
  render(
    <SessionContext.Provider value={sessionAs(role)}>
      <GrantActions grant={{ ...grant(), status }} pathwayStatus={pathwayStatus} onMoved={() => {}} />
    </SessionContext.Provider>,
  );
const actions = (role: Role, status: Grant['status'], pathwayStatus: 'open' | 'closed' = 'open') => textOf(markup(role, status, pathwayStatus));
/** The buttons' labels, in order. */
const buttons = (role: Role, status: Grant['status'], pathwayStatus: 'open' | 'closed') =>
  [...markup(role, status, pathwayStatus).matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => m[1]);

describe('a grant offers only the moves the role allows', () => {
  it.each([
    ['operator', 'proposed', false, true],
    ['mediator', 'proposed', false, true],
    ['coordinator', 'proposed', true, false],
    ['admin', 'proposed', true, false],
  ] as const)('%s, %s grant: approve offered %s, waiting note %s', (role, status, approve, waiting) => {
    const text = actions(role, status);
    expect(text.includes('Approva')).toBe(approve);
    expect(text.includes("In attesa dell'approvazione")).toBe(waiting);
    expect(text).toContain('Annulla la dote');
  });

  it('an operator still marks an approved grant paid', () => {
    expect(actions('operator', 'approved')).toContain('Segna come pagata');
  });
});

describe('on a closed pathway a grant offers only what the rule allows: cancel or account for it', () => {
  it.each<[Role, Grant['status'], string[]]>([
    ['coordinator', 'proposed', ['Annulla la dote']],
    ['admin', 'proposed', ['Annulla la dote']],
    ['operator', 'proposed', ['Annulla la dote']],
    ['coordinator', 'approved', ['Annulla la dote']],
    ['operator', 'approved', ['Annulla la dote']],
    ['coordinator', 'paid', ['Rendiconta']],
    ['coordinator', 'accounted', []],
    ['coordinator', 'cancelled', []],
  ])('%s, %s grant: %j', (role, status, expected) => {
    expect(buttons(role, status, 'closed')).toEqual(expected);
  });

  it('says why, and no longer says a coordinator will approve it', () => {
    const proposed = actions('operator', 'proposed', 'closed');
    expect(proposed).toContain('non si può più approvare né pagare, solo annullare');
    expect(proposed).not.toContain("In attesa dell'approvazione");
    expect(actions('operator', 'paid', 'closed')).toContain('la dote pagata si rendiconta comunque');
  });

  it('the same grants on an open pathway still offer approval and payment (the table above is not vacuous)', () => {
    expect(buttons('coordinator', 'proposed', 'open')).toEqual(['Approva', 'Annulla la dote']);
    expect(buttons('operator', 'approved', 'open')).toEqual(['Segna come pagata', 'Annulla la dote']);
  });
});
