import i18next from './i18n-setup';
import { describe, expect, it } from 'vitest';
import { FIELD_TYPES, type FieldDef, type FieldType, type FormDef } from '../../../../src/forms/types.ts';
import { FORM_CATALOGUES, FORM_LANGUAGES } from '../../../../src/forms/catalogues.ts';
import { FORMS, optionLabel } from '../../../../src/forms/index.ts';
import { emptyValue, type FieldValue, type FormValues } from '../../../../src/forms/values.ts';
import { registrationForm } from '../../../../src/forms/definitions/registration.ts';
import { FormLanguage, type FormMode } from '../../../../src/app/ui/renderer/FormLanguage';
import { FormRenderer } from '../../../../src/app/ui/renderer/FormRenderer';
import { FormAnswers } from '../../../../src/app/ui/renderer/FormAnswers';
import { FIELD_COMPONENTS } from '../../../../src/app/ui/renderer/fields/registry';
import { uiText } from '../../../../src/app/ui/renderer/uiText';
import { formatDay } from '../../../../src/app/ui/format';
import { render, textOf } from './render';

/** A field of each type, labelled with a registration label the catalogues have in every language. */
const SAMPLE: Record<FieldType, FieldDef> = {
  text: { id: 'firstName', type: 'text', required: true },
  longText: { id: 'lastName', type: 'longText' },
  date: { id: 'birthDate', type: 'date' },
  year: { id: 'birthYear', type: 'year' },
  phone: { id: 'phone', type: 'phone' },
  codiceFiscale: { id: 'codiceFiscale', type: 'codiceFiscale' },
  boolean: { id: 'knownToSocialServices', type: 'boolean', icons: { true: '✔️' } },
  choice: { id: 'sex', type: 'choice', vocabulary: 'sexes', required: true, icons: { female: '👩' } },
  multiChoice: { id: 'languages', type: 'multiChoice', vocabulary: 'languages' },
  children: { id: 'employment', type: 'children' },
};

const SAMPLE_VALUES: Record<FieldType, FieldValue> = {
  text: 'Amina',
  longText: 'Okafor',
  date: '1993-04-02',
  year: '1993',
  phone: '+39 345 111 2233',
  codiceFiscale: 'KFRMNA93D42Z335X',
  boolean: true,
  choice: 'female',
  multiChoice: ['pcm', 'en'],
  children: [{ id: 'c1', birthDate: '2024-01-05', sex: 'male', name: '' }],
};

function formOf(fields: FieldDef[]): FormDef {
  return { id: 'registration', versions: [{ version: 1, fields }] };
}

function draw(form: FormDef, values: FormValues, opts: { mode?: FormMode; beneficiary?: string; errors?: { path: string; key: 'required' | 'too_long' }[] } = {}) {
  return render(
    <FormLanguage operator="it" beneficiary={opts.beneficiary ?? 'it'} mode={opts.mode ?? 'single'}>
      <FormRenderer form={form} values={values} onChange={() => {}} errors={opts.errors ?? []} idPrefix="t" />
    </FormLanguage>,
  );
}

describe('the form renderer refuses nothing silently', () => {
  it('has a component for every field type', () => {
    expect(Object.keys(FIELD_COMPONENTS).sort()).toEqual([...FIELD_TYPES].sort());
  });

  for (const type of FIELD_TYPES) {
    it(`renders a "${type}" field, empty and answered, with its label`, () => {
      const field = SAMPLE[type];
      const empty = draw(formOf([field]), { [field.id]: emptyValue(type) });
      expect(empty).toContain(`data-field="${field.id}"`);
      expect(textOf(empty)).toContain(FORM_CATALOGUES.it!.forms.registration!.fields[field.id]!.label);
      const answered = draw(formOf([field]), { [field.id]: SAMPLE_VALUES[type] });
      expect(answered).toContain(`data-field="${field.id}"`);
      expect(answered).not.toContain('field-error');
    });
  }

  it('says so, visibly, when a definition has a type it does not know', () => {
    const html = draw(formOf([{ id: 'firstName', type: 'slider' as never }]), {});
    expect(html).toContain('role="alert"');
    expect(textOf(html)).toContain('slider');
  });

  it('shows an answered value as codes turned into labels', () => {
    const html = draw(formOf([SAMPLE.choice, SAMPLE.multiChoice]), { sex: 'female', languages: ['pcm'] });
    expect(html).toMatch(/<input type="radio"[^>]*checked=""[^>]*value="female"/);
    expect(textOf(html)).toContain('Donna');
  });

  it('marks required questions and shows a translated message next to the field', () => {
    const html = draw(formOf([SAMPLE.text, SAMPLE.choice]), { firstName: '', sex: '' }, { errors: [{ path: 'firstName', key: 'required' }] });
    expect(html).toContain('aria-required="true"');
    expect(html.match(/required-mark/g)).toHaveLength(2);
    expect(html).toMatch(/id="t-firstName"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="t-firstName"/);
    expect(textOf(html)).toContain('Campo obbligatorio');
  });

  it('asks a conditional question only when its condition holds', () => {
    const household = FORMS.find((f) => f.id === 'household')!;
    expect(draw(household, { 'household.pregnant': false })).not.toContain('data-field="household.dueDate"');
    expect(draw(household, { 'household.pregnant': true })).toContain('data-field="household.dueDate"');
  });
});

describe('side by side', () => {
  const field = SAMPLE.choice;

  it('shows every question and option in both languages, hers marked with lang and dir', () => {
    const html = draw(formOf([field]), { sex: '' }, { mode: 'sideBySide', beneficiary: 'ar' });
    const beneficiary = [...html.matchAll(/<span[^>]*data-column="beneficiary"[^>]*>/g)].map((m) => m[0]);
    const operator = [...html.matchAll(/<span[^>]*data-column="operator"[^>]*>/g)].map((m) => m[0]);
    // The title, the question and its three options.
    expect(beneficiary).toHaveLength(5);
    expect(operator).toHaveLength(5);
    for (const tag of beneficiary) expect(tag).toMatch(/lang="ar" dir="rtl"/);
    for (const tag of operator) expect(tag).toMatch(/lang="it" dir="ltr"/);
    expect(textOf(html)).toContain('Sesso');
    expect(textOf(html)).toContain('الجنس');
    expect(textOf(html)).toContain('امرأة');
  });

  it('a correction stored on the site replaces the catalogue text', () => {
    const overrides = new Map([['ar', new Map([['field:registration:sex', 'النوع'], ['option:sexes:female', 'أنثى']])]]);
    const html = render(
      <FormLanguage operator="it" beneficiary="ar" mode="sideBySide" overrides={overrides}>
        <FormRenderer form={formOf([field])} values={{ sex: '' }} onChange={() => {}} errors={[]} idPrefix="t" />
      </FormLanguage>,
    );
    expect(textOf(html)).toContain('النوع');
    expect(textOf(html)).toContain('أنثى');
    expect(textOf(html)).not.toContain('امرأة');
  });

  it('draws every shipped form in every shipped language with no text missing', () => {
    for (const form of FORMS) {
      for (const lang of FORM_LANGUAGES) {
        const html = draw(form, {}, { mode: 'sideBySide', beneficiary: lang });
        expect(html, `${form.id} ${lang}`).not.toContain('role="alert"');
        const empty = [...html.matchAll(/<span[^>]*data-column="beneficiary"[^>]*>(<span[^>]*>[^<]*<\/span>)?<\/span>/g)];
        expect(empty.map((m) => m[0]), `${form.id} ${lang}`).toEqual([]);
      }
    }
  });

  it('presentation mode shows her language large and the operator\'s in a small line', () => {
    const html = draw(formOf([field]), { sex: '' }, { mode: 'presentation', beneficiary: 'es' });
    expect(html).toContain('chip--large');
    expect(html).toMatch(/bi--presentation"><span[^>]*data-column="beneficiary" lang="es"/);
    expect(textOf(html)).toContain('Sexo');
  });
});

describe('FormAnswers: a record keeps the version of the form it was filled with', () => {
  const v1: FieldDef[] = [
    { id: 'firstName', type: 'text', required: true },
    { id: 'sex', type: 'choice', vocabulary: 'sexes', required: true },
  ];
  // A synthetic version 2 that adds a question.
  const withV2: FormDef = {
    id: 'registration',
    versions: [
      { version: 1, fields: v1 },
      { version: 2, fields: [...v1, { id: 'employment', type: 'choice', vocabulary: 'employmentStatuses', required: true }] },
    ],
  };
  const answers = (record: unknown, version?: number) =>
    render(
      <FormLanguage operator="it">
        <FormAnswers form={withV2} record={record} version={version} />
      </FormLanguage>,
    );

  it('a record filled with version 1 still displays after version 2 adds a question', () => {
    const html = answers({ firstName: 'Amina', sex: 'female', formVersion: 1 }, 1);
    expect(html).toContain('data-version="1"');
    expect(textOf(html)).toContain('Amina');
    expect(textOf(html)).toContain('Donna');
    // The question version 2 added was not asked: it is not shown as unanswered.
    expect(html).not.toContain('data-field="employment"');
    expect(textOf(html)).not.toContain('Situazione lavorativa');
  });

  it('the shipped registration form: a version 1 record does not show the notes version 2 added; a version 2 record does', () => {
    const record = { firstName: 'Amina', lastName: 'Bello', sex: 'female', note: 'Chiede del nido', formVersion: 1 };
    const drawn = (version: number) => render(
      <FormLanguage operator="it">
        <FormAnswers form={registrationForm} record={{ ...record, formVersion: version }} version={version} />
      </FormLanguage>,
    );
    expect(drawn(1)).toContain('data-version="1"');
    expect(drawn(1)).not.toContain('data-field="note"');
    expect(textOf(drawn(1))).toContain('Bello');
    expect(drawn(2)).toContain('data-field="note"');
    expect(textOf(drawn(2))).toContain('Chiede del nido');
  });

  it('a record filled with version 2 shows the new question', () => {
    const html = answers({ firstName: 'Rosa', sex: 'female', employment: 'irregular', formVersion: 2 }, 2);
    expect(html).toContain('data-version="2"');
    expect(textOf(html)).toContain('Situazione lavorativa');
    expect(textOf(html)).toContain('Lavoro saltuario o irregolare');
  });

  it('shows answers in the operator\'s language (English)', async () => {
    await i18next.changeLanguage('en');
    try {
      const html = render(
        <FormLanguage operator="en">
          <FormAnswers form={withV2} record={{ firstName: 'Rosa', sex: 'female', formVersion: 1 }} version={1} />
        </FormLanguage>,
      );
      expect(textOf(html)).toContain('Woman');
      expect(textOf(html)).toContain('version 1');
    } finally {
      await i18next.changeLanguage('it');
    }
  });
});

describe("the renderer's own words come from the form catalogues, in the language of the mode", () => {
  const household: FormDef = { id: 'household', versions: [{ version: 1, fields: [{ id: 'household.children', type: 'children' }] }] };
  const amal = { 'household.children': [{ id: 'c1', birthDate: '2024-01-05', sex: 'female', name: 'Amal' }] };
  const country = formOf([{ id: 'countryOfBirth', type: 'choice', vocabulary: 'countries' }]);
  const languages = formOf([SAMPLE.multiChoice]);
  /** The markup of the spans of one column (operator or beneficiary), with their text. */
  const column = (html: string, which: 'operator' | 'beneficiary') =>
    [...html.matchAll(new RegExp(`<span[^>]*data-column="${which}"[^>]*>([^<]*)</span>`, 'g'))].map((m) => m[0]);

  it('uiText fills placeholders and falls back to Italian for a word or a language it lacks', () => {
    expect(uiText('progress', 'ar', { n: 2, total: 5 })).toBe('السؤال 2 من 5');
    expect(uiText('remove', 'en', { item: 'Arabic' })).toBe('Remove Arabic');
    expect(uiText('childN', 'xx', { n: 3 })).toBe('Figlio/a 3');
    const fr = FORM_CATALOGUES.fr!.ui;
    const next = fr.next;
    try {
      (fr as Partial<typeof fr>).next = undefined;
      expect(uiText('next', 'fr')).toBe('Avanti');
    } finally {
      fr.next = next;
    }
  });

  it("a child's first name: an optional text input, labelled in the operator's language on the desk", () => {
    const html = draw(household, amal);
    expect(html).toMatch(/<input id="t-household-children-0-name" type="text" maxLength="80" autoComplete="off" value="Amal"/);
    expect(html).not.toMatch(/id="t-household-children-0-name"[^>]*required/);
    expect(textOf(html)).toContain(FORM_CATALOGUES.it!.ui.childName);
    expect(textOf(html)).toContain('Figlio/a 1');
    expect(textOf(html)).toContain('Togli figlio/a 1');
    expect(textOf(html)).toContain('Aggiungi un figlio o una figlia');
  });

  it("side by side, the child's name label is in both languages; the buttons, which the operator taps, in hers", () => {
    const html = draw(household, amal, { mode: 'sideBySide', beneficiary: 'ar' });
    const label = html.match(/<label for="t-household-children-0-name">.*?<\/label>/)![0];
    expect(column(label, 'operator')).toEqual([`<span class="bi__col bi__col--operator" data-column="operator" lang="it" dir="ltr">${FORM_CATALOGUES.it!.ui.childName}</span>`]);
    expect(column(label, 'beneficiary')).toEqual([`<span class="bi__col bi__col--beneficiary" data-column="beneficiary" lang="ar" dir="rtl">${FORM_CATALOGUES.ar!.ui.childName}</span>`]);
    expect(textOf(html)).toContain(uiText('childN', 'ar', { n: 1 }));
    expect(textOf(html)).toContain('Aggiungi un figlio o una figlia');
    expect(textOf(html)).not.toContain(FORM_CATALOGUES.ar!.ui.addChild);
  });

  it("shows an error under the child's name, tied to its input", () => {
    const html = draw(household, amal, { errors: [{ path: 'household.children.0.name', key: 'too_long' }] });
    expect(html).toMatch(/id="t-household-children-0-name"[^>]*aria-invalid="true" aria-describedby="t-household-children-0-name-error"/);
    expect(html).toMatch(/<p id="t-household-children-0-name-error" class="field-error">.*Testo troppo lungo<\/p>/);
  });

  it('in presentation mode the buttons and lists speak her language, marked with its lang and dir', () => {
    const children = draw(household, amal, { mode: 'presentation', beneficiary: 'ar' });
    const ar = FORM_CATALOGUES.ar!.ui;
    expect(children).toContain(`lang="ar" dir="rtl">${uiText('removeChild', 'ar', { n: 1 })}</button>`);
    expect(children).toMatch(new RegExp(`<button [^>]*lang="ar" dir="rtl">.*${ar.addChild}</button>`));
    expect(textOf(children)).toContain(ar.childName);
    // Only the labels keep the operator's small line; no Italian button is left.
    expect(textOf(children)).not.toMatch(/Aggiungi|Togli/);

    const select = draw(country, { countryOfBirth: '' }, { mode: 'presentation', beneficiary: 'ar' });
    expect(select).toMatch(new RegExp(`<option value=""[^>]*>${ar.choose}</option>`));
    expect(select).toContain(`<optgroup label="${ar.frequent}">`);
    expect(select).toContain(`<optgroup label="${ar.all}">`);

    const list = draw(languages, { languages: ['pcm'] }, { mode: 'presentation', beneficiary: 'es' });
    const es = FORM_CATALOGUES.es!.ui;
    expect(list).toMatch(new RegExp(`<label [^>]*lang="es">.*${es.add}</label>`));
    expect(list).toMatch(new RegExp(`<button [^>]*lang="es">.*<span class="visually-hidden">${uiText('remove', 'es', { item: optionLabel('languages', 'pcm', 'es')! })}</span>`));
    expect(textOf(list)).not.toMatch(/Aggiungi|Togli|Scegli/);
  });

  it("on the desk (one language) they are the operator's: Italian, or English", () => {
    const select = draw(country, { countryOfBirth: '' });
    expect(select).toMatch(/<option value=""[^>]*>Scegli…<\/option>/);
    expect(select).toContain('<optgroup label="Più frequenti">');
    const english = render(
      <FormLanguage operator="en" mode="single">
        <FormRenderer form={household} values={{ 'household.children': [] }} onChange={() => {}} errors={[]} idPrefix="t" />
      </FormLanguage>,
    );
    expect(textOf(english)).toContain('No children stated.');
    expect(textOf(english)).toContain('Add a child');
  });
});

describe('FormAnswers shows each child with the first name given', () => {
  it('name, birth date and sex, in the operator\'s language', () => {
    const household: FormDef = { id: 'household', versions: [{ version: 1, fields: [{ id: 'household.children', type: 'children' }] }] };
    const record = {
      household: {
        children: [
          { id: 'c1', birthDate: '2024-01-05', sex: 'female', name: 'Amal' },
          { id: 'c2', birthDate: '2021-03-09', sex: 'male', name: '' },
        ],
      },
    };
    const html = render(
      <FormLanguage operator="it">
        <FormAnswers form={household} record={record} />
      </FormLanguage>,
    );
    expect(textOf(html)).toContain(`Amal, ${formatDay('2024-01-05', 'it')}, Donna; ${formatDay('2021-03-09', 'it')}, Uomo`);
  });
});
