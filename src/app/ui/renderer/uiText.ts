import { useMemo } from 'react';
import { FORM_CATALOGUES, formLanguageDir, type UiKey } from '../../../forms/catalogues.ts';
import { useFormText } from './FormLanguage';

export type UiVars = Readonly<Record<string, string | number>>;

/**
 * One of the renderer's own words (a button, the progress, the children list) in a language,
 * from the form catalogues rather than the operator's i18next ones, so presentation mode
 * speaks her language to the last button. Italian when the language lacks the word;
 * `{{name}}` is replaced by `vars.name` (a missing one is left visible, never blank).
 */
export function uiText(key: UiKey, lang: string, vars: UiVars = {}): string {
  const text = FORM_CATALOGUES[lang]?.ui?.[key] || FORM_CATALOGUES.it!.ui[key];
  return text.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export interface UiText {
  /** The language the renderer's words are shown in, for `lang` and `dir`. */
  lang: string;
  dir: 'ltr' | 'rtl';
  ui(key: UiKey, vars?: UiVars): string;
}

/**
 * The renderer's words in the language of the mode: hers in presentation mode (she taps the
 * buttons), the operator's otherwise (side by side, the operator handles the controls; labels
 * she reads are shown in both languages with `UiBi`).
 */
export function useUiText(): UiText {
  const f = useFormText();
  const lang = f.mode === 'presentation' ? f.beneficiary : f.operator;
  return useMemo(() => ({ lang, dir: formLanguageDir(lang), ui: (key, vars) => uiText(key, lang, vars) }), [lang]);
}
