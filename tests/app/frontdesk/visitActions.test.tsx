import i18next from '../ui/renderer/i18n-setup';
import { afterEach, describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { VisitActions } from '../../../src/app/frontdesk/visit/VisitActions';
import { SessionContext, type SessionApi } from '../../../src/app/session/SessionContext';
import { visit } from '../../domain/factories.ts';
import { render, textOf } from '../ui/renderer/render';

const session: SessionApi = {
  session: { user: { id: 'op1', username: 'op', displayName: 'Giulia', role: 'operator', siteIds: ['barrito', 'vallette'] }, siteId: 'barrito', loggedInAt: '2026-03-02T08:00:00.000Z' },
  setSite: async () => {},
  logout: async () => {},
};

const draw = (siteId: string) => render(
  <Router ssrPath="/people/p1">
    <SessionContext.Provider value={session}>
      <VisitActions visit={{ ...visit(), id: 'v1', personId: 'p1', siteId, date: '2026-03-02' }} onDeleted={() => {}} />
    </SessionContext.Provider>
  </Router>,
);

afterEach(async () => {
  await i18next.changeLanguage('it');
});

describe('correcting a visit from the timeline', () => {
  it("offers edit and delete on a visit of the desk's site, each naming its visit", () => {
    const html = draw('barrito');
    expect(html).toContain('href="/people/p1/visits/v1/edit"');
    expect(textOf(html)).toMatch(/Modifica l'accesso del .*2026.* Elimina l'accesso del .*2026/);
    // The confirmation is asked only once Delete is pressed.
    expect(html).not.toContain('<dialog');
  });

  it('offers nothing on a visit of another site', () => {
    expect(draw('vallette')).toBe('');
  });
});

describe('the same-day warning speaks in real plurals', () => {
  it.each([
    ['it', 1, 'Ha già un accesso oggi a questo sportello (alle 09:05): registrarne un altro?'],
    ['it', 3, "Ha già 3 accessi oggi a questo sportello (l'ultimo alle 09:05): registrarne un altro?"],
    ['en', 1, 'She already has a visit today at this desk (at 09:05) — save another one?'],
    ['en', 2, 'She already has 2 visits today at this desk (the last at 09:05) — save another one?'],
  ] as const)('%s, %d earlier', async (lang, count, expected) => {
    await i18next.changeLanguage(lang);
    expect(i18next.t('deskForms.visit.sameDay.today', { count, time: '09:05' })).toBe(expected);
  });
});
