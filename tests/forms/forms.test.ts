import { describe, expect, it } from 'vitest';
import { FORM_CATALOGUES, FORMS, formProblems, optionLabel, UI_KEYS, versionOf, type FormDef, type UiKey } from '../../src/forms/index.ts';

const registrationV1: FormDef = {
  id: 'registration',
  versions: [{ version: 1, fields: [{ id: 'firstName', type: 'text' }, { id: 'sex', type: 'choice', vocabulary: 'sexes' }] }],
};

describe('shipped forms', () => {
  it('are complete in every shipped language and consistent', () => {
    expect(formProblems(FORMS, FORM_CATALOGUES)).toEqual([]);
  });

  it('ship at least Italian and English, Italian reviewed', () => {
    expect(Object.keys(FORM_CATALOGUES)).toEqual(expect.arrayContaining(['it', 'en']));
    expect(FORM_CATALOGUES.it!.meta.reviewedByMediator).toBe(true);
  });
});

describe('a bad form definition fails with a message naming form, field and language', () => {
  it('unknown field type', () => {
    const bad: FormDef = { id: 'registration', versions: [{ version: 1, fields: [{ id: 'firstName', type: 'slider' as never }] }] };
    expect(formProblems([bad], FORM_CATALOGUES)).toContain('registration v1, field "firstName": unknown field type "slider"');
  });

  it('condition on a missing field', () => {
    const bad: FormDef = {
      id: 'household',
      versions: [{ version: 1, fields: [{ id: 'household.dueDate', type: 'date', showIf: { field: 'household.pregnant', equals: true } }] }],
    };
    expect(formProblems([bad], FORM_CATALOGUES)).toContain(
      'household v1, field "household.dueDate": condition on "household.pregnant", which is not an earlier field of the form',
    );
  });

  it('missing translation', () => {
    const catalogues = structuredClone(FORM_CATALOGUES);
    delete catalogues.en!.forms.registration!.fields.sex;
    expect(formProblems([registrationV1], catalogues)).toContain('registration v1, field "sex": no label in "en"');
  });

  it('missing option label in a language without built-in labels', () => {
    const catalogues = { ...structuredClone(FORM_CATALOGUES), xx: { ...structuredClone(FORM_CATALOGUES.en!), meta: { language: 'xx', name: 'X', reviewedByMediator: false } } };
    expect(formProblems([registrationV1], catalogues)).toContain('registration v1, field "sex": option "female" has no label in "xx"');
  });
});

describe("the operators' summary of a field is optional", () => {
  it('a language may lack it, or have it where others do not', () => {
    expect(FORM_CATALOGUES.en!.forms.household!.fields['household.pregnant']!.summary).toBeTruthy();
    expect(FORM_CATALOGUES.ar!.forms.household!.fields['household.pregnant']!.summary).toBeUndefined();
    const catalogues = structuredClone(FORM_CATALOGUES);
    delete catalogues.en!.forms.registration!.fields.receivesAdi!.summary;
    catalogues.fr!.forms.registration!.fields.sex!.summary = 'Sexe';
    expect(formProblems(FORMS, catalogues)).toEqual([]);
  });

  it('one given must say something, and a misspelt key is reported, naming field and language', () => {
    const catalogues = structuredClone(FORM_CATALOGUES);
    catalogues.en!.forms.registration!.fields.sex!.summary = ' ';
    (catalogues.fr!.forms.registration!.fields.sex as unknown as Record<string, string>).sumary = 'Sexe';
    expect(formProblems([registrationV1], catalogues)).toEqual([
      'registration v1, field "sex": empty summary in "en"',
      'registration v1, field "sex": unknown text "sumary" in "fr"',
    ]);
  });
});

describe("the renderer's own words (ui) are checked like the questions", () => {
  it('every shipped language has every word, with Italian\'s placeholders', () => {
    for (const [lang, catalogue] of Object.entries(FORM_CATALOGUES)) {
      expect(Object.keys(catalogue.ui).sort(), lang).toEqual([...UI_KEYS].sort());
    }
    expect(formProblems([], FORM_CATALOGUES)).toEqual([]);
  });

  it('a missing word fails, naming the key and the language', () => {
    const catalogues = structuredClone(FORM_CATALOGUES);
    delete (catalogues.fr!.ui as Partial<Record<UiKey, string>>).next;
    catalogues.pcm!.ui.close = ' ';
    expect(formProblems([], catalogues)).toEqual(['ui "next": missing in "fr"', 'ui "close": missing in "pcm"']);
  });

  it('a lost or a foreign placeholder fails, naming the key and the language', () => {
    const catalogues = structuredClone(FORM_CATALOGUES);
    catalogues.uk!.ui.childN = 'Дитина';
    catalogues.ar!.ui.progress = 'السؤال {{n}} من {{count}}';
    expect(formProblems([], catalogues)).toEqual([
      'ui "progress": {{total}} missing in "ar"',
      'ui "progress": {{count}} in "ar" is not in Italian',
      'ui "childN": {{n}} missing in "uk"',
    ]);
  });
});

describe('versions', () => {
  it('a record filled with version 1 still opens after version 2 adds a question', () => {
    const withV2: FormDef = {
      ...registrationV1,
      versions: [...registrationV1.versions, { version: 2, fields: [...registrationV1.versions[0]!.fields, { id: 'phone', type: 'phone' }] }],
    };
    expect(versionOf(withV2, 1).fields.map((f) => f.id)).toEqual(['firstName', 'sex']);
    expect(versionOf(withV2, 2).fields.map((f) => f.id)).toEqual(['firstName', 'sex', 'phone']);
    expect(versionOf(withV2, undefined).version).toBe(2);
  });
});

describe('option labels', () => {
  it('come from the vocabulary in Italian and English and from the platform for countries', () => {
    expect(optionLabel('sexes', 'female', 'it')).toBe('Donna');
    expect(optionLabel('sexes', 'female', 'en')).toBe('Woman');
    expect(optionLabel('countries', 'PE', 'es')).toBe('Perú');
    expect(optionLabel('sexes', 'nonexistent', 'it')).toBeUndefined();
  });
});
