import '../ui/renderer/i18n-setup';
import { describe, expect, it } from 'vitest';
import { FORM_CATALOGUES } from '../../../src/forms/catalogues.ts';
import { registrationForm } from '../../../src/forms/index.ts';
import { currentVersion, type FormDef } from '../../../src/forms/types.ts';
import { FormLanguage } from '../../../src/app/ui/renderer/FormLanguage';
import { uiText } from '../../../src/app/ui/renderer/uiText';
import { PresentationMode, presentationPages } from '../../../src/app/mediation/PresentationMode';
import { render, textOf } from '../ui/renderer/render';

/** The operator's notes come first here, so a view that asked them would open on them. */
const notesFirst: FormDef = {
  id: 'registration',
  versions: [{ version: 1, fields: [{ id: 'note', type: 'longText', audience: 'operator' }, { id: 'firstName', type: 'text' }, { id: 'lastName', type: 'text' }] }],
};

function present(form: FormDef, beneficiary: string): string {
  return render(
    <FormLanguage operator="it" beneficiary={beneficiary} mode="sideBySide">
      <PresentationMode form={form} values={{}} onChange={() => {}} errors={[]} withNotice={false} onClose={() => {}} />
    </FormLanguage>,
  );
}

/** The opening tag of the first element with a class. */
const tagOf = (html: string, className: string) => html.match(new RegExp(`<[^>]*class="[^"]*\\b${className}\\b[^"]*"[^>]*>`))?.[0] ?? '';

describe('presentation mode never puts the operator\'s own questions to her', () => {
  it('skips fields for the operator only, in the shipped registration form too', () => {
    expect(presentationPages(notesFirst, {}, false).map((p) => (p === 'notice' ? p : p.id))).toEqual(['firstName', 'lastName']);
    const registration = currentVersion(registrationForm).fields;
    expect(registration.some((f) => f.id === 'note' && f.audience === 'operator')).toBe(true);
    const pages = presentationPages(registrationForm, {}, true).map((p) => (p === 'notice' ? p : p.id));
    expect(pages[0]).toBe('notice');
    expect(pages).not.toContain('note');
    expect(pages).toContain('firstName');
  });

  it('opens on her first question and counts only hers', () => {
    const html = present(notesFirst, 'es');
    expect(html).not.toContain('data-field="note"');
    expect(html).toContain('data-field="firstName"');
    expect(textOf(html)).toContain(uiText('progress', 'es', { n: 1, total: 2 }));
  });
});

describe('presentation mode speaks her language to the last button', () => {
  it('Arabic: progress, close and next in Arabic, laid out right to left with the arrow pointing left', () => {
    const html = present(notesFirst, 'ar');
    const ar = FORM_CATALOGUES.ar!.ui;
    expect(tagOf(html, 'presentation__bar')).toMatch(/lang="ar" dir="rtl"/);
    expect(tagOf(html, 'presentation__nav')).toMatch(/lang="ar" dir="rtl"/);
    expect(tagOf(html, 'presentation__question')).toMatch(/dir="rtl"/);
    expect(textOf(html)).toContain(uiText('progress', 'ar', { n: 1, total: 2 }));
    expect(textOf(html)).toContain(ar.close);
    expect(html).toContain(`<span class="presentation__nav-label">${ar.next}</span><span aria-hidden="true" class="presentation__arrow">◀</span>`);
    expect(html).toContain(`<span aria-hidden="true" class="presentation__arrow">▶</span><span class="presentation__nav-label">${ar.previous}</span>`);
    // No Italian word is left in the bar and the buttons (the operator's small lines are in the question).
    const controls = textOf(html.replace(/<div[^>]*class="presentation__question"[\s\S]*?(?=<div[^>]*class="presentation__nav")/, ''));
    expect(controls).toContain(ar.previous);
    expect(controls).not.toMatch(/Domanda|Avanti|Indietro|Torna/);
  });

  it('Spanish: left to right, "Siguiente" with the arrow pointing right', () => {
    const html = present(notesFirst, 'es');
    expect(tagOf(html, 'presentation__nav')).toMatch(/lang="es" dir="ltr"/);
    expect(html).toContain(`<span class="presentation__nav-label">${FORM_CATALOGUES.es!.ui.next}</span><span aria-hidden="true" class="presentation__arrow">▶</span>`);
  });

  it('on the last question, "Done" in her language', () => {
    const single: FormDef = { id: 'registration', versions: [{ version: 1, fields: [{ id: 'firstName', type: 'text' }] }] };
    expect(present(single, 'uk')).toContain(`<span class="presentation__nav-label">${FORM_CATALOGUES.uk!.ui.done}</span>`);
  });
});
