import i18next from '../ui/renderer/i18n-setup';
import { beforeAll, describe, expect, it } from 'vitest';
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

describe("the conflict card names a person's field as the form does", () => {
  const blessing = { firstName: 'Blessing', lastName: 'Okonkwo' };

  it("a phone: the form's label, both numbers", () => {
    const text = textOf(card(conflict('people', 'phone', '+39 333 111 1111', '+39 333 222 2222'), blessing));
    expect(text).toContain('Blessing Okonkwo: il campo «Numero di telefono» è stato modificato su due dispositivi');
    expect(text).toContain('+39 333 111 1111');
    expect(text).toContain('+39 333 222 2222');
    expect(text).not.toContain('«phone»');
  });

  it('a household: readable lines, never JSON', () => {
    const html = card(conflict('people', 'household',
      { pregnant: false, children: [] },
      { pregnant: true, dueDate: '2026-05-01', children: [{ id: 'c1', name: 'Amal', birthDate: '2024-01-05', sex: 'female' }] }), blessing);
    const text = textOf(html);
    expect(text).toContain('il campo «Nucleo familiare»');
    expect(text).toContain('È in gravidanza?: No');
    expect(text).toContain('Figli: Amal, 5 gen 2024, Donna');
    expect(text).not.toMatch(/pregnant|children|[{}]/);
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
