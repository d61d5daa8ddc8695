import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { FieldError } from '../../domain/validation.ts';
import type { UiKey } from '../../forms/catalogues.ts';
import { vocabularyNamed } from '../../forms/text.ts';
import { currentVersion, type FieldDef, type FormDef } from '../../forms/types.ts';
import { shownFields, type FieldValue, type FormValues } from '../../forms/values.ts';
import { FormFields } from '../ui/form/FieldErrors';
import { isLongList, optionCodes } from '../ui/renderer/fields/options';
import { FormLanguage, useFormText, type FormText } from '../ui/renderer/FormLanguage';
import { RenderedField } from '../ui/renderer/FormRenderer';
import { uiText, type UiVars } from '../ui/renderer/uiText';
import { PrivacyNotice } from '../ui/renderer/PrivacyNotice';
import { speak, stopSpeaking, useVoice } from './speech';

/**
 * Presentation mode: the whole screen for her, one question at a time in her language, in
 * large type with big touch targets and the icons of the common options, so she can answer
 * herself; the operator reads each question in a small line underneath. A button reads the
 * question aloud when the device has a voice for her language. Every word is hers, the
 * buttons too (the catalogues' `ui` words), laid out in her direction: in Arabic "Next" sits on
 * the left. The operator's own questions (`audience: 'operator'`) are never put to her. The
 * answers are the form's own: closing the view (✕ or Escape) goes back to the side-by-side
 * form with everything kept.
 */
export function PresentationMode(props: {
  form: FormDef;
  values: FormValues;
  onChange: (fieldId: string, value: FieldValue) => void;
  errors: FieldError[];
  /** The consent form starts with the privacy notice. */
  withNotice: boolean;
  onClose: () => void;
}) {
  const { form, values, onChange, errors, withNotice, onClose } = props;
  const f = useFormText();
  const her = { lang: f.beneficiary, dir: f.dir(f.beneficiary) };
  const ui = (key: UiKey, vars?: UiVars) => uiText(key, her.lang, vars);
  const dialog = useRef<HTMLDialogElement>(null);
  const question = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const pages = presentationPages(form, values, withNotice);
  const [index, setIndex] = useState(0);
  const at = Math.max(0, Math.min(index, pages.length - 1));
  const page = pages[at] ?? 'notice';
  const last = at === pages.length - 1;

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      stopSpeaking();
      if (d?.open) d.close();
    };
  }, []);

  // Each question gets focus as it appears, so a screen reader reads it, and Tab starts there.
  useEffect(() => {
    question.current?.focus();
  }, [at]);

  return (
    <dialog ref={dialog} className="presentation" aria-labelledby={`${idPrefix}-progress`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}>
      <FormLanguage mode="presentation">
        <div className="toolbar presentation__bar" {...her}>
          <p id={`${idPrefix}-progress`} className="presentation__progress">
            {ui('progress', { n: at + 1, total: pages.length })}
          </p>
          <button type="button" className="button presentation__close" onClick={onClose}>
            <span aria-hidden="true">✕ </span>
            {ui('close')}
          </button>
        </div>
        <PresentationPage refTo={question} page={page === 'notice' ? 'notice' : page.id}>
          {page === 'notice' ? (
            <PrivacyNotice large />
          ) : (
            <>
              <FormFields idPrefix={idPrefix} errors={errors}>
                <RenderedField form={form} field={page} value={values[page.id]} onChange={(v) => onChange(page.id, v)} />
              </FormFields>
              <ReadAloud form={form} field={page} />
            </>
          )}
        </PresentationPage>
        {/* In her direction: right to left, "Next" is on the left and its arrow points left. */}
        <div className="presentation__nav" {...her}>
          <button type="button" className="button button--large presentation__back" disabled={at === 0}
            onClick={() => setIndex(at - 1)}>
            <span aria-hidden="true" className="presentation__arrow">{her.dir === 'rtl' ? '▶' : '◀'}</span>
            <span className="presentation__nav-label">{ui('previous')}</span>
          </button>
          {last ? (
            <button type="button" className="button button--primary button--large presentation__next" onClick={onClose}>
              <span aria-hidden="true" className="presentation__arrow">✓</span>
              <span className="presentation__nav-label">{ui('done')}</span>
            </button>
          ) : (
            <button type="button" className="button button--primary button--large presentation__next" onClick={() => setIndex(at + 1)}>
              <span className="presentation__nav-label">{ui('next')}</span>
              <span aria-hidden="true" className="presentation__arrow">{her.dir === 'rtl' ? '◀' : '▶'}</span>
            </button>
          )}
        </div>
      </FormLanguage>
    </dialog>
  );
}

/**
 * Her pages: the notice first when asked for, then the questions whose condition holds, except
 * the operator's own (her notes are not a question for the woman in front of her).
 */
export function presentationPages(form: FormDef, values: FormValues, withNotice: boolean): (FieldDef | 'notice')[] {
  const fields = shownFields(currentVersion(form).fields, values).filter((field) => field.audience !== 'operator');
  return [...(withNotice ? (['notice'] as const) : []), ...fields];
}

/** The page of one question, laid out in her language's direction (Arabic: right to left). */
function PresentationPage({ refTo, page, children }: { refTo: RefObject<HTMLDivElement | null>; page: string; children: ReactNode }) {
  const f = useFormText();
  return (
    <div ref={refTo} className="presentation__question" tabIndex={-1} data-page={page} dir={f.dir(f.beneficiary)}>
      {children}
    </div>
  );
}

/** What is read aloud: the question, its help, and its options, in her language. */
export function spokenText(form: FormDef, field: FieldDef, f: FormText): string {
  const lang = f.beneficiary;
  const parts = [f.text({ kind: 'label', formId: form.id, fieldId: field.id }, lang), f.text({ kind: 'help', formId: form.id, fieldId: field.id }, lang)];
  const vocabulary = field.type === 'boolean' ? vocabularyNamed('yesNoUnknown') : vocabularyNamed(field.vocabulary ?? '');
  if (vocabulary && (field.type === 'boolean' || !isLongList(vocabulary))) {
    const codes = field.type === 'boolean' ? ['yes', 'no'] : optionCodes(vocabulary);
    parts.push(...codes.map((code) => f.text({ kind: 'option', vocabulary: vocabulary.name, code }, lang)));
  }
  return parts.filter(Boolean).join('. ');
}

/** "Read aloud", shown only when the device has a voice for her language. */
function ReadAloud({ form, field }: { form: FormDef; field: FieldDef }) {
  const f = useFormText();
  const voice = useVoice(f.beneficiary);
  if (!voice) return null;
  return (
    <button type="button" className="button button--large presentation__speak" lang={f.beneficiary}
      onClick={() => speak(spokenText(form, field, f), voice)}>
      <span aria-hidden="true">🔊 </span>
      {uiText('readAloud', f.beneficiary)}
    </button>
  );
}
