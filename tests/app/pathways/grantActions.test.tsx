import '../ui/renderer/i18n-setup';
import { describe, expect, it } from 'vitest';
import { GrantActions } from '../../../src/app/pathways/pathway/GrantActions';
import { SessionContext, type SessionApi } from '../../../src/app/session/SessionContext';
import type { Role } from '../../../src/domain/records/operator.ts';
import { grant } from '../../domain/factories.ts';
import { render, textOf } from '../ui/renderer/render';

const sessionAs = (role: Role): SessionApi => ({
  session: { user: { id: 'u1', username: 'u', displayName: 'U', role, siteIds: ['barrito'] }, siteId: 'barrito', loggedInAt: '2026-01-10T08:00:00.000Z' },
  setSite: async () => {},
  logout: async () => {},
});

const actions = (role: Role, status: 'proposed' | 'approved') =>
  textOf(render(
    <SessionContext.Provider value={sessionAs(role)}>
      <GrantActions grant={{ ...grant(), status }} onMoved={() => {}} />
    </SessionContext.Provider>,
  ));

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
