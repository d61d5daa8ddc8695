import i18next from '../ui/renderer/i18n-setup';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalogues } from '../../../src/app/i18n/catalogues.ts';
import type { Conflict } from '../../../src/domain/records/conflict.ts';
import { ConflictCard } from '../../../src/app/sync/ConflictCard';
import { SessionContext, type SessionApi } from '../../../src/app/session/SessionContext';
import { render, textOf } from '../ui/renderer/render';

const session: SessionApi = {
  session: { user: { id: 'co1', username: 'co', displayName: 'Carla', role: 'coordinator', siteIds: ['barrito'] }, siteId: 'barrito', loggedInAt: '2026-01-10T08:00:00.000Z' },
  setSite: async () => {},
  logout: async () => {},
};

function conflict(table: string, field: string, serverValue: unknown, clientValue: unknown): Conflict {
  return {
    id: 'k1', siteId: 'barrito', version: 1, createdAt: '2026-01-10T09:00:00.000Z', updatedAt: '2026-01-10T09:00:00.000Z',
    updatedBy: 'server', deleted: false, table, recordId: 'r1', field, serverValue, clientValue,
    clientDeviceId: 'd2', clientAuthor: 'op2', status: 'open',
  };
}

const card = (c: Conflict, record?: Record<string, unknown>) =>
  render(<SessionContext.Provider value={session}><ConflictCard conflict={c} record={record} /></SessionContext.Provider>);

beforeAll(() => {
  for (const [lng, bundle] of Object.entries(catalogues)) i18next.addResourceBundle(lng, 'translation', bundle, true, true);
});

afterEach(async () => {
  await i18next.changeLanguage('it');
});

/** The markup of the card's two sides: the server's value, then the other device's. */
const sides = (html: string) => html.split('<section').slice(1);

describe("the conflict card names a person's field as the form does", () => {
  const blessing = { firstName: 'Blessing', lastName: 'Okonkwo' };

  it("a phone: the form's label, both numbers", () => {
    const text = textOf(card(conflict('people', 'phone', '+39 333 111 1111', '+39 333 222 2222'), blessing));
    expect(text).toContain('Blessing Okonkwo: il campo «Numero di telefono» è stato modificato su due dispositivi');
    expect(text).toContain('+39 333 111 1111');
    expect(text).toContain('+39 333 222 2222');
    expect(text).not.toContain('«phone»');
  });

  it('a household: label/answer facts, never JSON; what no question asks (a child\'s id) after them', () => {
    const html = card(conflict('people', 'household',
      { pregnant: false, children: [] },
      { pregnant: true, dueDate: '2026-05-01', children: [{ id: 'c1', name: 'Amal', birthDate: '2024-01-05', sex: 'female' }] }), blessing);
    const text = textOf(html);
    expect(text).toContain('il campo «Nucleo familiare»');
    expect(html).toContain('<dl class="facts"><div><dt>È in gravidanza?</dt><dd>No</dd></div></dl>');
    expect(html).toContain('<div><dt>Figli</dt><dd>Amal, 5 gen 2024, Donna</dd></div><div><dt>household.children.0.id</dt><dd><span>c1</span></dd></div>');
    expect(html).not.toContain('prewrap');
    expect(text).not.toMatch(/pregnant|dueDate|[{}]/);
  });

  it('a consent differing only in the notice shown: the two sides read differently', () => {
    const given = { status: 'given', date: '2026-01-10', noticeVersion: 1, language: 'it', operatorId: 'op1' };
    const html = card(conflict('people', 'consent', given, { ...given, noticeVersion: 2, language: 'ar' }), blessing);
    const [server, client] = sides(html).map(textOf);
    const value = (side: string) => textOf(side.slice(side.indexOf('<dl'), side.lastIndexOf('</dl>')));
    expect(value(sides(html)[0]!)).not.toBe(value(sides(html)[1]!));
    expect(server).toContain('Consenso al trattamento dei dati Consenso dato Data del consenso 10 gen 2026 consent.noticeVersion 1 consent.language it consent.operatorId op1');
    expect(client).toContain('consent.noticeVersion 2 consent.language ar');
  });

  it('a consent not given still shows the date it holds', () => {
    const [server, client] = sides(card(conflict('people', 'consent', { status: 'not_yet', date: '2026-01-10' }, { status: 'not_yet' }), blessing)).map(textOf);
    expect(server).toContain('Non ancora Data del consenso 10 gen 2026');
    expect(client).not.toContain('Data del consenso');
  });

  it('a value not of the shape the form gives it is shown as stored, never "[object Object]"', () => {
    const html = card(conflict('people', 'phone', { number: '+39 333 111 1111' }, '+39 333 222 2222'), blessing);
    expect(textOf(html)).not.toContain('[object Object]');
    expect(html).toContain('<dt>number</dt><dd><span>+39 333 111 1111</span></dd>');
    expect(textOf(card(conflict('people', 'household', 'pregnant', null), blessing))).toContain('Valore tenuto dal server pregnant Tieni');
  });

  it('in English, a question put to her reads as the operators\' summary', async () => {
    await i18next.changeLanguage('en');
    expect(textOf(card(conflict('people', 'knownToSocialServices', 'yes', 'no'), blessing)))
      .toContain('Blessing Okonkwo: the field “Known to social services?” was changed');
    const household = textOf(card(conflict('people', 'household', { pregnant: true, children: [] }, { pregnant: false, children: [] }), blessing));
    expect(household).toContain('Pregnant? Yes');
    expect(household).not.toContain('Are you pregnant?');
  });

  it('a code: its label; a value cleared: "(vuoto)"', () => {
    const text = textOf(card(conflict('people', 'employment', 'irregular', null), blessing));
    expect(text).toContain('«Situazione lavorativa»');
    expect(text).toContain('Lavoro saltuario o irregolare');
    expect(text).toContain('(vuoto)');
  });

  it("another kind of record keeps the stored field's name and value", () => {
    const text = textOf(card(conflict('pathways', 'mainRequest', 'Casa', 'Lavoro')));
    expect(text).toContain('r1: il campo «mainRequest»');
    expect(text).toContain('Casa');
    expect(text).toContain('Lavoro');
  });
});
