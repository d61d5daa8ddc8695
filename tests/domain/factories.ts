/**
 * Realistic records for every table, as an operator at a Casa del Quartiere would enter them.
 * Each factory returns a fresh, valid record (new ids each call); tests spread overrides on top.
 */
import { createHash } from 'node:crypto';
import { codiceFiscaleCheckLetter } from '../../src/domain/codiceFiscale.ts';
import { newId } from '../../src/domain/ids.ts';
import type { Envelope, RecordOf, TableName } from '../../src/domain/records/index.ts';
import { ENVELOPE_FIELDS } from '../../src/domain/records/index.ts';

export const SITE = 'barrito';
export const AT = '2025-03-14T09:30:00.000Z';

/** A codice fiscale with the right check letter for the given first fifteen characters. */
export function withCheckLetter(first15: string): string {
  return first15 + codiceFiscaleCheckLetter(first15);
}

export function envelope(overrides: Partial<Envelope> = {}): Envelope {
  return {
    id: newId(),
    siteId: SITE,
    version: 0,
    createdAt: AT,
    updatedAt: AT,
    updatedBy: newId(),
    deleted: false,
    ...overrides,
  };
}

export function site(): RecordOf<'sites'> {
  return {
    ...envelope({ id: SITE }),
    name: 'Casa del Quartiere Il Barrito',
    district: 'Nizza Millefonti',
    active: true,
  };
}

export function operator(): RecordOf<'operators'> {
  return {
    ...envelope(),
    username: 'chiara.bianchi',
    displayName: 'Chiara Bianchi',
    role: 'operator',
    siteIds: [SITE, 'san-salvario'],
    active: true,
  };
}

export type PersonVariant = 'nigerian' | 'peruvian' | 'moroccan' | 'italian';

export function person(variant: PersonVariant = 'nigerian'): RecordOf<'people'> {
  const base = {
    ...envelope(),
    knownToSocialServices: 'no' as const,
    receivesAdi: 'no' as const,
    consent: { status: 'given' as const, date: '2025-03-14', noticeVersion: 1, language: 'it' as const, operatorId: newId() },
  };
  switch (variant) {
    case 'nigerian':
      return {
        ...base,
        firstName: 'Amina',
        lastName: 'Okafor',
        sex: 'female',
        birthDate: '1993-07-21',
        birthYear: 1993,
        countryOfBirth: 'NG',
        citizenship: 'NG',
        languages: ['en', 'pcm', 'yo'],
        phone: '+39 345 678 9012',
        household: {
          pregnant: true,
          dueDate: '2025-09-10',
          children: [{ id: newId(), name: 'Chidera', sex: 'female', birthDate: '2023-02-11' }],
        },
        employment: 'unemployed',
        consent: { ...base.consent, language: 'en' },
        note: 'Chiede informazioni sul kit neonato.',
        formVersion: 1,
      };
    case 'peruvian':
      return {
        ...base,
        firstName: 'Rosa',
        lastName: 'Quispe Mamani',
        sex: 'female',
        birthYear: 1988,
        countryOfBirth: 'PE',
        citizenship: 'PE',
        languages: ['es', 'qu', 'it'],
        phone: '333 123 4567',
        household: {
          pregnant: false,
          children: [
            { id: newId(), name: 'Mateo', sex: 'male', birthDate: '2024-05-02' },
            { id: newId(), name: 'Luz', sex: 'female', birthDate: '2019-11-30' },
          ],
        },
        knownToSocialServices: 'yes',
        receivesAdi: 'yes',
        employment: 'irregular',
        consent: { ...base.consent, language: 'es' },
      };
    case 'moroccan':
      return {
        ...base,
        firstName: 'Fatima Zahra',
        lastName: 'El Idrissi',
        sex: 'female',
        birthDate: '1990-01-05',
        countryOfBirth: 'MA',
        citizenship: 'MA',
        languages: ['ar', 'ber', 'fr'],
        household: { pregnant: true, dueDate: '2025-06-01', children: [] },
        knownToSocialServices: 'unknown',
        employment: 'homemaker',
        consent: { ...base.consent, language: 'ar' },
      };
    case 'italian':
      return {
        ...base,
        firstName: 'Giulia',
        lastName: 'Ferrero',
        sex: 'female',
        birthDate: '1990-04-12',
        birthYear: 1990,
        countryOfBirth: 'IT',
        citizenship: 'IT',
        languages: ['it'],
        phone: '011 436 8899',
        // Ferrero Giulia, born 12 April 1990 in Torino (L219): FRR GLI 90 D 52 L219.
        codiceFiscale: withCheckLetter('FRRGLI90D52L219'),
        household: { pregnant: false, children: [{ id: newId(), sex: 'male', birthDate: '2025-01-20' }] },
        employment: 'employed',
      };
  }
}

export function visit(): RecordOf<'visits'> {
  return {
    ...envelope(),
    personId: newId(),
    operatorId: newId(),
    date: '2025-03-14',
    arrival: 'direct',
    topics: ['pregnancy', 'residence_permit', 'benefits'],
    guidance: 'Spiegata la domanda per l’Assegno Unico; fissato appuntamento al consultorio.',
    referrals: ['consultorio', 'caf_patronato'],
    note: 'Ha portato il permesso di soggiorno in scadenza.',
  };
}

export function pathway(): RecordOf<'pathways'> {
  return {
    ...envelope(),
    personId: newId(),
    caseManagerId: newId(),
    openedOn: '2025-02-03',
    status: 'open',
    fragilities: ['unemployment', 'care_load', 'economic_hardship'],
    mainRequest: 'Sostegno economico per le utenze e il corredino.',
    goals: [
      { id: newId(), text: 'Iscrizione del bambino al nido', status: 'in_progress' },
      { id: newId(), text: 'Richiesta Assegno di Inclusione', status: 'open' },
    ],
  };
}

export function intervention(): RecordOf<'interventions'> {
  return {
    ...envelope(),
    pathwayId: newId(),
    personId: newId(),
    date: '2025-03-10',
    type: 'midwife',
    area: 'mother_child_health',
    who: 'Ostetrica del consultorio di via Nizza',
    note: 'Consulenza sull’allattamento.',
    followUpOn: '2025-04-07',
  };
}

export function grant(): RecordOf<'grants'> {
  return {
    ...envelope(),
    pathwayId: newId(),
    householdId: newId(),
    amountCents: 35_000,
    expenseType: 'utility_bills',
    purpose: 'Bolletta del gas del primo trimestre.',
    status: 'approved',
    proposedOn: '2025-02-20',
    approvedOn: '2025-02-27',
    approvedBy: newId(),
    receiptAttachmentIds: [],
  };
}

export function mediation(): RecordOf<'mediations'> {
  return {
    ...envelope(),
    mediatorId: newId(),
    personId: newId(),
    date: '2025-03-12',
    language: 'ar',
    setting: 'consultorio',
    minutes: 90,
    note: 'Primo colloquio al consultorio.',
  };
}

export function event(): RecordOf<'events'> {
  return {
    ...envelope(),
    date: '2025-03-08',
    title: 'Leggere ai bambini da 0 a 3 anni',
    theme: 'reading',
    professional: 'Bibliotecaria di Nati per Leggere',
    participantsAdults: 11,
    participantsChildren: 9,
  };
}

export function training(): RecordOf<'trainings'> {
  return {
    ...envelope(),
    date: '2025-01-28',
    topic: 'Il percorso nascita a Torino e i servizi del territorio',
    operatorIds: [newId(), newId(), newId()],
    minutes: 120,
  };
}

export function attachment(): RecordOf<'attachments'> {
  return {
    ...envelope(),
    ownerTable: 'grants',
    ownerId: newId(),
    name: 'ricevuta-bolletta-gas.pdf',
    mimeType: 'application/pdf',
    size: 184_233,
    sha256: createHash('sha256').update('ricevuta-bolletta-gas').digest('hex'),
  };
}

export function conflict(): RecordOf<'conflicts'> {
  return {
    ...envelope(),
    table: 'people',
    recordId: newId(),
    field: 'phone',
    serverValue: '+39 345 678 9012',
    clientValue: '+39 347 111 2233',
    clientDeviceId: newId(),
    clientAuthor: newId(),
    status: 'open',
  };
}

export function setting(): RecordOf<'settings'> {
  return {
    ...envelope({ id: `household-cap-${SITE}` }),
    key: 'householdCapCents',
    valueCents: 80_000,
  };
}

export function translationCorrection(): RecordOf<'translationCorrections'> {
  return {
    ...envelope(),
    formId: 'registration',
    fieldId: 'knownToSocialServices',
    language: 'ar',
    text: 'هل تتابعك المساعدة الاجتماعية؟',
    status: 'proposed',
  };
}

/** One factory per table; the type makes a new table without a factory a compile error. */
export const factories: { [T in TableName]: () => RecordOf<T> } = {
  sites: site,
  operators: operator,
  people: () => person('nigerian'),
  visits: visit,
  pathways: pathway,
  interventions: intervention,
  grants: grant,
  mediations: mediation,
  events: event,
  trainings: training,
  attachments: attachment,
  conflicts: conflict,
  settings: setting,
  translationCorrections: translationCorrection,
};

/** The record without its envelope: what a form hands to the repository. */
export function fieldsOf<T extends object>(record: T): Omit<T, keyof Envelope> {
  const fields: Record<string, unknown> = Object.assign({}, record) as Record<string, unknown>;
  for (const key of ENVELOPE_FIELDS) delete fields[key];
  return fields as Omit<T, keyof Envelope>;
}

/** A copy of a record without one key (for "missing field" cases). */
export function without<T extends object>(record: T, key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = Object.assign({}, record) as Record<string, unknown>;
  delete copy[key];
  return copy;
}
