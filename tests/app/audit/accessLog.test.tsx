import i18next from '../ui/renderer/i18n-setup';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactElement } from 'react';
import { AccessLog } from '../../../src/app/audit';
import { AccessLogView } from '../../../src/app/audit/AccessLogView';
import type { AccessLogState } from '../../../src/app/audit/useAccessLog';
import enAudit from '../../../src/app/audit/en.json';
import itAudit from '../../../src/app/audit/it.json';
import { catalogues } from '../../../src/app/i18n/catalogues.ts';
import { screenCatalogues } from '../../../src/app/i18n/screenCatalogues.ts';
import { SessionContext, type SessionApi } from '../../../src/app/session/SessionContext';
import type { AuditEntry } from '../../../src/domain/sync/audit.ts';
import { flatten, placeholders } from '../catalogueHelpers.ts';
import { render, textOf } from '../ui/renderer/render';

const sessionOf = (role: SessionApi['session']['user']['role']): SessionApi => ({
  session: { user: { id: 'u1', username: 'u', displayName: 'Carla', role, siteIds: ['barrito'] }, siteId: 'barrito', loggedInAt: '2026-01-10T08:00:00.000Z' },
  setSite: async () => {},
  logout: async () => {},
});

const noop = () => {};
const view = (state: AccessLogState) => textOf(render(<AccessLogView state={state} onRetry={noop} onMore={noop} />));
const asRole = (role: SessionApi['session']['user']['role'], element: ReactElement) =>
  render(<SessionContext.Provider value={sessionOf(role)}>{element}</SessionContext.Provider>);

function entry(over: Partial<AuditEntry>): AuditEntry {
  return {
    id: 'e1', at: '2026-01-10T09:15:00.000Z', personId: 'p1', action: 'view', table: 'people', recordId: 'p1', fields: [],
    userId: 'u2', userName: 'Bruno Neri', deviceId: 'd1', deviceName: 'Tablet sportello 2', ...over,
  };
}

const entries = [
  entry({ id: 'e3', action: 'view' }),
  entry({ id: 'e2', action: 'update', fields: ['note', 'phone'], userName: 'Anna Verdi', deviceName: null }),
  entry({ id: 'e1', action: 'create', table: 'visits', recordId: 'v1', fields: ['date', 'guidance'], userName: null }),
];

afterEach(async () => {
  await i18next.changeLanguage('it');
});

describe('the access log on a person\'s page', () => {
  it('is there for coordinators and administrators only', () => {
    for (const role of ['operator', 'mediator'] as const) expect(asRole(role, <AccessLog personId="p1" />)).toBe('');
    for (const role of ['coordinator', 'admin'] as const) {
      const text = textOf(asRole(role, <AccessLog personId="p1" />));
      expect(text).toContain('Registro accessi');
      expect(text).toContain('Caricamento del registro accessi…'); // loaded online, after the first render
    }
  });

  it('says when it cannot be read offline, while it loads, and when there is nothing to show', () => {
    expect(view({ kind: 'offline' })).toContain('collegati a internet per vederlo');
    expect(view({ kind: 'loading' })).toContain('Caricamento del registro accessi…');
    const empty = view({ kind: 'loaded', entries: [], next: null, more: 'idle' });
    expect(empty).toContain('Nessun accesso registrato per questa persona.');
    expect(empty).not.toContain('voci');
  });

  it('turns each failure into words, with a way to try again', () => {
    const html = render(<AccessLogView state={{ kind: 'failed', error: 'forbidden' }} onRetry={noop} onMore={noop} />);
    expect(html).toContain('role="alert"');
    expect(textOf(html)).toContain('Solo coordinatori e amministratori possono vedere il registro accessi. Riprova');
    expect(view({ kind: 'failed', error: 'unauthorised' })).toContain('accedi di nuovo');
    expect(view({ kind: 'failed', error: 'offline' })).toContain('Il server non risponde');
    const more = view({ kind: 'loaded', entries, next: 'cursor', more: 'server' });
    expect(more).toContain('Il server ha avuto un problema');
    expect(more).not.toContain('Mostra gli accessi precedenti');
  });

  it('names who, when, from which device and what, with the fields in the forms\' words', () => {
    const text = view({ kind: 'loaded', entries, next: 'cursor', more: 'idle' });
    expect(text).toContain('3 voci, dalla più recente');
    expect(text).toContain('10 gen 2026, 10:15 — Bruno Neri, dispositivo «Tablet sportello 2» Ha aperto la scheda');
    expect(text).toContain('Anna Verdi, dispositivo «senza nome» Ha modificato: la scheda della persona 2 campi: Note dell\'operatrice, Numero di telefono');
    expect(text).toContain('utente non più presente, dispositivo «Tablet sportello 2» Ha creato: una visita');
    expect(text).not.toContain('guidance'); // a creation does not list every field it was given
    expect(text).toContain('Mostra gli accessi precedenti');
    expect(view({ kind: 'loaded', entries, next: null, more: 'idle' })).not.toContain('Mostra gli accessi precedenti');
  });

  it('in English, with real plurals', async () => {
    await i18next.changeLanguage('en');
    const one = view({ kind: 'loaded', entries: [entry({ action: 'update', fields: ['phone'] })], next: null, more: 'idle' });
    expect(one).toContain('1 entry, newest first');
    expect(one).toContain('Changed the person\'s record Field: Phone number');
    const many = view({ kind: 'loaded', entries, next: null, more: 'idle' });
    expect(many).toContain('3 entries, newest first');
    expect(many).toContain("2 fields: Operator's notes, Phone number");
    expect(many).toContain('Opened the person\'s page');
    expect(view({ kind: 'loaded', entries: [entry({ action: 'download', table: 'attachments' }), entry({ id: 'e9', action: 'delete', table: 'events' })], next: null, more: 'idle' }))
      .toContain('Downloaded an attachment Jan 10, 2026, 10:15 AM — Bruno Neri, device “Tablet sportello 2” Deleted a record (events)');
  });

  it('has its own catalogue, the same keys and placeholders in both languages, loaded with the lazy screens', () => {
    const [it_, en] = [flatten(itAudit), flatten(enAudit)];
    expect(Object.keys(itAudit)).toEqual(['audit']);
    expect(Object.keys(catalogues.it)).not.toContain('audit');
    expect([...en.keys()].sort()).toEqual([...it_.keys()].sort());
    expect([...it_, ...en].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k)).toEqual([]);
    expect([...it_].filter(([k, v]) => placeholders(v) !== placeholders(en.get(k))).map(([k]) => k)).toEqual([]);
    expect(screenCatalogues.it.audit.title).toBe('Registro accessi');
    expect(screenCatalogues.en.audit.title).toBe('Access log');
  });
});
