import i18next from '../ui/renderer/i18n-setup';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactElement } from 'react';
import type { HistoryEntry } from '../../../src/db/history.ts';
import type { Person } from '../../../src/domain/records/person.ts';
import { EditHistory } from '../../../src/app/frontdesk/person/EditHistory';
import { PersonDetails } from '../../../src/app/frontdesk/person/PersonDetails';
import { SessionContext, type SessionApi } from '../../../src/app/session/SessionContext';
import { render, textOf } from '../ui/renderer/render';

const amina: Person = {
  id: 'p1', siteId: 'barrito', version: 3, createdAt: '2026-01-10T09:00:00.000Z', updatedAt: '2026-01-10T09:00:00.000Z',
  updatedBy: 'op1', deleted: false,
  firstName: 'Amina', lastName: 'Bello', sex: 'female', birthYear: 1991, countryOfBirth: 'NG', languages: ['en', 'pcm'],
  phone: '+39 333 100 0000', household: { pregnant: false, children: [{ id: 'c1', name: 'Amal', birthDate: '2024-01-05' }, { id: 'c2' }] },
  knownToSocialServices: 'unknown', receivesAdi: 'no', employment: 'irregular', consent: { status: 'given', date: '2026-01-10' },
};

const session: SessionApi = {
  session: { user: { id: 'op1', username: 'op', displayName: 'Giulia', role: 'operator', siteIds: ['barrito'] }, siteId: 'barrito', loggedInAt: '2026-01-10T08:00:00.000Z' },
  setSite: async () => {},
  logout: async () => {},
};

const draw = (element: ReactElement) => textOf(render(<SessionContext.Provider value={session}>{element}</SessionContext.Provider>));

afterEach(async () => {
  await i18next.changeLanguage('it');
});

describe("the person page speaks the forms' words", () => {
  it.each([
    ['it', ['Numero di telefono', 'Paese di nascita', 'Nigeria', 'inglese, pidgin nigeriano', 'È seguita dai servizi sociali? Non so', 'Lavoro saltuario o irregolare',
      'Consenso al trattamento dei dati Consenso dato', 'Nucleo familiare', 'Amal: nato/a il', 'Figlio/a 2: data di nascita non indicata']],
    ['en', ['Phone number', 'Country of birth', 'English, Nigerian Pidgin', 'Work situation', 'Household', 'Child 2: date of birth not stated']],
  ])('her details in %s', async (lang, texts) => {
    await i18next.changeLanguage(lang);
    const text = draw(<PersonDetails person={amina} />);
    for (const expected of texts) expect(text).toContain(expected);
  });

  it("in English, the questions put to her read as the operators' summaries", async () => {
    await i18next.changeLanguage('en');
    const page = draw(<PersonDetails person={amina} />);
    for (const expected of ['Known to social services? Not known', 'Receives the Assegno di Inclusione (ADI)? No', 'Consent to data processing Consent given']) {
      expect(page).toContain(expected);
    }
    const history = draw(<EditHistory person={amina} entries={[{
      at: '2026-01-11T09:00:00.000Z', operatorId: 'op1', kind: 'updated',
      changes: [{ field: 'knownToSocialServices', from: 'unknown', to: 'yes' }, { field: 'receivesAdi', from: 'no', to: 'yes' }],
    }]} />);
    expect(history).toContain('Known to social services?: Not known → Yes');
    expect(history).toContain('Receives the Assegno di Inclusione (ADI)?: No → Yes');
    for (const text of [page, history]) expect(text).not.toMatch(/Are you|Do you|your data/);
  });

  it('the year of birth stands in for a missing birth date; the phone is a link', () => {
    const html = render(<PersonDetails person={amina} />);
    expect(textOf(html)).toContain('Data di nascita 1991');
    expect(html).toContain('href="tel:+393331000000"');
    expect(textOf(render(<PersonDetails person={{ ...amina, household: { pregnant: false, children: [] } }} />))).toContain('Nessun figlio indicato.');
  });

  it("the edit history names fields and values as the form does, groups by the form's title", () => {
    const entries: HistoryEntry[] = [{
      at: '2026-01-11T09:00:00.000Z', operatorId: 'op1', kind: 'updated',
      changes: [
        { field: 'phone', from: '+39 333 100 0000', to: '+39 333 111 1111' },
        { field: 'employment', from: 'unknown', to: 'irregular' },
        { field: 'household', from: { pregnant: false, children: [] }, to: { pregnant: true, children: [] } },
        { field: 'codiceFiscale', to: 'BLLMNA91D42Z335X' },
        { field: 'formVersion', from: 1, to: 2 },
      ],
    }];
    const text = draw(<EditHistory person={amina} entries={entries} />);
    expect(text).toContain('Numero di telefono: +39 333 100 0000 → +39 333 111 1111');
    expect(text).toContain('Situazione lavorativa: Non indicato → Lavoro saltuario o irregolare');
    expect(text).toContain('Nucleo familiare: modificato');
    expect(text).toContain('Codice fiscale: (vuoto) → BLLMNA91D42Z335X');
    expect(text).not.toContain('formVersion');
  });
});
