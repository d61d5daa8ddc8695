import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/dates.ts';
import { householdSchema, personSchema } from '../../src/domain/records/person.ts';
import { FORM_CATALOGUES } from '../../src/forms/catalogues.ts';
import { registrationForm } from '../../src/forms/definitions/registration.ts';
import { describeAnswer, describeLines, describeValue, fieldLabel, fieldOfPath, undescribedKeys, type RecordField } from '../../src/forms/recordFields.ts';

const person = (path: string): RecordField => {
  const rf = fieldOfPath('people', path);
  if (!rf) throw new Error(`no form asks ${path}`);
  return rf;
};

/** What a person record stores that no form asks: the envelope, and the version of the form. */
const NOT_ASKED = ['id', 'siteId', 'version', 'createdAt', 'updatedAt', 'updatedBy', 'deleted', 'formVersion'];

/** Every other field a person record stores, top level and inside household and consent. */
const PERSON_PATHS = [
  ...Object.keys(personSchema.shape).filter((k) => !NOT_ASKED.includes(k)),
  ...Object.keys(householdSchema.shape).map((k) => `household.${k}`),
  'consent.status',
  'consent.date',
];

describe('fieldOfPath: every field of a person record is one a form asks', () => {
  it('lists the person fields it checks', () => {
    expect(PERSON_PATHS).toContain('phone');
    expect(PERSON_PATHS).toContain('household');
    expect(PERSON_PATHS).toContain('household.children');
    expect(PERSON_PATHS).not.toContain('updatedAt');
  });

  for (const path of PERSON_PATHS) {
    for (const lang of ['it', 'en']) {
      it(`${path} has its form's own words in ${lang} (the operators' summary, else the label)`, () => {
        const rf = person(path);
        const catalogue = FORM_CATALOGUES[lang]!.forms[rf.form.id]!;
        const text = rf.field ? catalogue.fields[rf.field.id] : undefined;
        const own = rf.field ? text?.summary ?? text?.label : catalogue.title;
        expect(own, `${lang} catalogue, ${rf.form.id}`).toBeTruthy();
        expect(fieldLabel(rf, lang)).toBe(own);
      });
    }
  }

  it.each([
    ['phone', 'registration', 'Numero di telefono', 'Phone number'],
    ['household', 'household', 'Nucleo familiare', 'Household'],
    ['consent', 'consent', 'Privacy e consenso', 'Privacy and consent'],
    ['household.dueDate', 'household', 'Data presunta del parto', 'Expected due date'],
    ['note', 'registration', "Note dell'operatrice", "Operator's notes"],
    // A question put to her reads, for the operator, as what it asks about her.
    ['knownToSocialServices', 'registration', 'È seguita dai servizi sociali?', 'Known to social services?'],
    ['receivesAdi', 'registration', "Riceve l'Assegno di Inclusione (ADI)?", 'Receives the Assegno di Inclusione (ADI)?'],
    ['household.pregnant', 'household', 'È in gravidanza?', 'Pregnant?'],
    ['consent.status', 'consent', 'Consenso al trattamento dei dati', 'Consent to data processing'],
  ])('%s: form %s, «%s» / “%s”', (path, form, it_, en) => {
    const rf = person(path);
    expect(rf.form.id).toBe(form);
    expect([fieldLabel(rf, 'it'), fieldLabel(rf, 'en')]).toEqual([it_, en]);
  });

  it('a group is the fields stored under it; a field is itself', () => {
    expect(person('household').field).toBeUndefined();
    expect(person('household').fields.map((f) => f.id)).toEqual(['household.pregnant', 'household.dueDate', 'household.children']);
    expect(person('phone').fields.map((f) => f.id)).toEqual(['phone']);
  });

  it('finds a question only a later version asks, and falls back to Italian for a language with no catalogue', () => {
    expect(registrationForm.versions[0]!.fields.some((f) => f.id === 'note')).toBe(false);
    expect(fieldLabel(person('note'), 'xx')).toBe("Note dell'operatrice");
  });

  it.each([
    ...NOT_ASKED.map((path) => ['people', path]),
    ['people', 'consent.noticeVersion'],
    ['pathways', 'fragilities'],
    ['grants', 'amount'],
    ['nonsense', 'phone'],
  ])('%s.%s: no form asks it (the caller shows it its own way)', (table, path) => {
    expect(fieldOfPath(table, path)).toBeUndefined();
  });

  it("the operators' summary names the field on their screens; the form still puts the question to her", () => {
    for (const [path, question] of [
      ['knownToSocialServices', 'Are you followed by social services?'],
      ['receivesAdi', 'Do you receive the Assegno di Inclusione (ADI)?'],
      ['household.pregnant', 'Are you pregnant?'],
      ['consent.status', 'Consent to the use of your data'],
    ] as const) {
      const rf = person(path);
      expect(FORM_CATALOGUES.en!.forms[rf.form.id]!.fields[path]!.label).toBe(question);
      expect(fieldLabel(rf, 'en')).not.toBe(question);
    }
  });

  it('a visit is described by the visit form', () => {
    const topics = fieldOfPath('visits', 'topics')!;
    expect(fieldLabel(topics, 'it')).toBe('Di cosa ha bisogno?');
    expect(fieldLabel(topics, 'en')).toBe('What she needs');
    expect(fieldLabel(fieldOfPath('visits', 'arrival')!, 'en')).toBe('How she came to the desk');
    expect(fieldOfPath('visits', 'personId')).toBeUndefined();
  });
});

describe('describeValue: a stored value as the form would read it', () => {
  it.each<[string, unknown, string, string | undefined]>([
    // Vocabulary codes become their labels, in the reader's language.
    ['sex', 'female', 'it', 'Donna'],
    ['sex', 'female', 'en', 'Woman'],
    ['sex', 'female', 'fr', 'Femme'],
    ['employment', 'irregular', 'it', 'Lavoro saltuario o irregolare'],
    ['knownToSocialServices', 'unknown', 'en', 'Not known'],
    ['consent.status', 'given', 'it', 'Consenso dato'],
    ['countryOfBirth', 'NG', 'it', 'Nigeria'],
    ['languages', ['en', 'pcm', 'ar'], 'it', 'inglese, pidgin nigeriano, arabo'],
    ['languages', ['en', 'pcm'], 'en', 'English, Nigerian Pidgin'],
    // A code no vocabulary knows is shown as it is, not hidden.
    ['employment', 'astronaut', 'it', 'astronaut'],
    // Yes and no in the language.
    ['household.pregnant', true, 'it', 'Sì'],
    ['household.pregnant', false, 'it', 'No'],
    ['household.pregnant', true, 'en', 'Yes'],
    // Days written out, years and text as they are.
    ['birthDate', '1991-04-02', 'it', '2 apr 1991'],
    ['birthDate', '1991-04-02', 'en', 'Apr 2, 1991'],
    ['birthYear', 1991, 'it', '1991'],
    ['phone', '+39 333 111 1111', 'it', '+39 333 111 1111'],
    // Nothing to show.
    ['phone', '', 'it', undefined],
    ['phone', null, 'it', undefined],
    ['phone', undefined, 'it', undefined],
    ['languages', [], 'it', undefined],
    ['household.children', [], 'it', undefined],
    ['household.pregnant', undefined, 'it', undefined],
  ])('%s = %j in %s → %j', (path, value, lang, expected) => {
    expect(describeValue(person(path), value, lang)).toBe(expected);
  });

  const household = {
    pregnant: true,
    dueDate: '2026-05-01',
    children: [
      { id: 'c1', name: 'Amal', birthDate: '2024-01-05', sex: 'female' },
      { id: 'c2', birthDate: '2021-03-09', sex: 'male' },
      { id: 'c3' },
    ],
  };

  it.each<[string, unknown, string, string | undefined]>([
    ['household', household, 'it',
      'È in gravidanza?: Sì\nData presunta del parto: 1 mag 2026\nFigli: Amal, 5 gen 2024, Donna; 9 mar 2021, Uomo; ?'],
    ['household', household, 'en',
      'Pregnant?: Yes\nExpected due date: May 1, 2026\nChildren: Amal, Jan 5, 2024, Woman; Mar 9, 2021, Man; ?'],
    // Every question of the group, asked or not: a due date left from a pregnancy that is over
    // is shown, so two values differing only there never read the same.
    ['household', { pregnant: false, dueDate: '2026-05-01', children: [] }, 'it', 'È in gravidanza?: No\nData presunta del parto: 1 mag 2026'],
    ['household', null, 'it', undefined],
    ['consent', { status: 'given', date: '2026-03-03', noticeVersion: 1, language: 'it', operatorId: 'op' }, 'en',
      'Consent to data processing: Consent given\nDate of consent: Mar 3, 2026'],
    ['consent', { status: 'not_yet' }, 'it', 'Consenso al trattamento dei dati: Non ancora'],
    ['consent', { status: 'not_yet', date: '2026-03-03' }, 'it', 'Consenso al trattamento dei dati: Non ancora\nData del consenso: 3 mar 2026'],
  ])('%s in %s: one "label: answer" line per question of the group with an answer, never JSON', (path, value, lang, expected) => {
    const text = describeValue(person(path), value, lang);
    expect(text).toBe(expected);
    expect(text ?? '').not.toMatch(/[{}"]/);
  });

  it('describeAnswer takes the renderer\'s option text (a mediator\'s correction) when given one', () => {
    const sex = person('sex').field!;
    expect(describeAnswer(sex, 'female', 'it', (vocabulary, code) => `${vocabulary}:${code}`)).toBe('sexes:female');
    expect(describeAnswer(sex, 'female', 'it', () => undefined)).toBe('female');
    const dueDate = person('household.dueDate').field!;
    expect(describeAnswer(dueDate, '2026-05-01', 'en')).toBe(formatDay('2026-05-01', 'en'));
  });
});

describe('describeLines and undescribedKeys: two values that differ never read the same', () => {
  const consent = { status: 'given', date: '2026-03-03', noticeVersion: 1, language: 'it', operatorId: 'op1' };

  it('a group gives label/answer pairs, every question of it with an answer', () => {
    expect(describeLines(person('consent'), { status: 'not_yet', date: '2026-03-03' }, 'en')).toEqual([
      ['Consent to data processing', 'Not yet'],
      ['Date of consent', 'Mar 3, 2026'],
    ]);
    expect(describeLines(person('phone'), '+39 333 111 1111', 'it')).toEqual([['Numero di telefono', '+39 333 111 1111']]);
    expect(describeLines(person('phone'), undefined, 'it')).toEqual([]);
    expect(describeLines(person('household'), null, 'it')).toEqual([]);
  });

  it('what no question asks is listed by its record path: consent details, children\'s ids', () => {
    expect(undescribedKeys(person('consent'), consent)).toEqual([
      ['consent.noticeVersion', 1], ['consent.language', 'it'], ['consent.operatorId', 'op1'],
    ]);
    expect(undescribedKeys(person('household'), { pregnant: false, children: [{ id: 'c1', name: 'Amal' }, { id: 'c2' }] })).toEqual([
      ['household.children.0.id', 'c1'], ['household.children.1.id', 'c2'],
    ]);
    expect(undescribedKeys(person('household.children'), [{ id: 'c1' }])).toEqual([['household.children.0.id', 'c1']]);
    expect(undescribedKeys(person('phone'), '+39 333 111 1111')).toEqual([]);
    expect(undescribedKeys(person('consent'), null)).toEqual([]);
  });

  it.each<[string, unknown, unknown]>([
    ['consent', consent, { ...consent, noticeVersion: 2, language: 'ar' }],
    ['household', { pregnant: false, children: [{ id: 'c1', name: 'Amal' }] }, { pregnant: false, children: [{ id: 'c9', name: 'Amal' }] }],
  ])('%s: sides differing only where no question asks still differ', (path, a, b) => {
    const rf = person(path);
    expect(describeLines(rf, a, 'it')).toEqual(describeLines(rf, b, 'it'));
    expect(undescribedKeys(rf, a)).not.toEqual(undescribedKeys(rf, b));
  });

  it.each<[string, unknown]>([
    ['phone', { number: '+39 333 111 1111' }],
    ['phone', ['+39 333 111 1111']],
    ['household.pregnant', 'yes'],
    ['languages', [{ code: 'en' }]],
    ['household.children', [null]],
    ['household.children', [{ id: 'c1', name: { first: 'Amal' } }]],
    ['household', 'pregnant'],
    ['household', [true]],
    ['household', { pregnant: 'yes', children: [] }],
    ['consent', { status: { code: 'given' } }],
  ])('%s = %j: not of the shape its form gives it, so not described (never "[object Object]")', (path, value) => {
    expect(describeLines(person(path), value, 'it')).toBeUndefined();
    expect(describeValue(person(path), value, 'it')).toBeUndefined();
  });
});
