import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FORM_CATALOGUES, formLanguageDir } from '../../../forms/catalogues.ts';
import { fieldText, formTitle, optionLabel } from '../../../forms/text.ts';

/**
 * Which languages a rendered form speaks, and how it shows them:
 * - `single`: the operator's language only (the desk, the read-only view);
 * - `sideBySide`: every question and option in the operator's language and in the
 *   beneficiary's, each in its own column with its own `lang` and `dir`;
 * - `presentation`: the beneficiary's language in large type, the operator's in a small line.
 * Text comes from the form catalogues (src/forms/catalogues); a correction a mediator stored
 * on this site replaces the catalogue's text (see `overrides`).
 */
export type FormMode = 'single' | 'sideBySide' | 'presentation';

/** What a translated text is: a form's title, a field's label or help, or an option. */
export type TextTarget =
  | { kind: 'title'; formId: string }
  | { kind: 'label' | 'help'; formId: string; fieldId: string }
  | { kind: 'option'; vocabulary: string; code: string };

/** The key a correction is stored under (matches correctionTarget in src/domain/records). */
export function targetKey(target: TextTarget): string {
  switch (target.kind) {
    case 'title':
      return `title:${target.formId}`;
    case 'label':
      return `field:${target.formId}:${target.fieldId}`;
    case 'help':
      return `help:${target.formId}:${target.fieldId}`;
    case 'option':
      return `option:${target.vocabulary}:${target.code}`;
  }
}

/** The catalogue's text of a target in a language (no corrections). */
export function catalogueText(target: TextTarget, lang: string): string | undefined {
  switch (target.kind) {
    case 'title':
      return formTitle(target.formId, lang);
    case 'label':
      return fieldText(target.formId, target.fieldId, lang)?.label;
    case 'help':
      return fieldText(target.formId, target.fieldId, lang)?.help;
    case 'option':
      return optionLabel(target.vocabulary, target.code, lang);
  }
}

/** Corrections per language, by target key. */
export type TextOverrides = ReadonlyMap<string, ReadonlyMap<string, string>>;

export interface FormLanguageValue {
  operator: string;
  beneficiary: string;
  mode: FormMode;
  overrides: TextOverrides;
  /** Set while a mediator reviews the translations: opens the review of one question. */
  review?: ((formId: string, fieldId: string) => void) | undefined;
}

const FormLanguageContext = createContext<Partial<FormLanguageValue>>({});

export function FormLanguage({ children, ...value }: Partial<FormLanguageValue> & { children: ReactNode }) {
  const parent = useContext(FormLanguageContext);
  const { operator, beneficiary, mode, overrides, review } = value;
  const merged = useMemo(
    () => ({ ...parent, ...defined({ operator, beneficiary, mode, overrides, review }) }),
    [parent, operator, beneficiary, mode, overrides, review],
  );
  return <FormLanguageContext.Provider value={merged}>{children}</FormLanguageContext.Provider>;
}

export interface FormText extends FormLanguageValue {
  /** Two languages are shown (side by side, or presentation with the operator's small line). */
  bilingual: boolean;
  /** A target's text in a language: a stored correction, else the catalogue, else Italian. */
  text(target: TextTarget, lang: string): string | undefined;
  dir(lang: string): 'ltr' | 'rtl';
}

const NO_OVERRIDES: TextOverrides = new Map();

export function useFormText(): FormText {
  const { i18n } = useTranslation();
  const ctx = useContext(FormLanguageContext);
  const operator = ctx.operator ?? i18n.resolvedLanguage ?? 'it';
  const beneficiary = ctx.beneficiary && FORM_CATALOGUES[ctx.beneficiary] ? ctx.beneficiary : operator;
  const mode = ctx.mode ?? 'single';
  const overrides = ctx.overrides ?? NO_OVERRIDES;
  return useMemo(() => ({
    operator,
    beneficiary,
    mode,
    overrides,
    review: mode === 'sideBySide' ? ctx.review : undefined,
    bilingual: mode !== 'single' && beneficiary !== operator,
    text(target: TextTarget, lang: string) {
      const corrected = overrides.get(lang)?.get(targetKey(target));
      if (corrected) return corrected;
      return catalogueText(target, lang) ?? (target.kind === 'help' ? undefined : catalogueText(target, 'it'));
    },
    dir: formLanguageDir,
  }), [operator, beneficiary, mode, overrides, ctx.review]);
}

function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
