import ar from './catalogues/ar.json' with { type: 'json' };
import en from './catalogues/en.json' with { type: 'json' };
import es from './catalogues/es.json' with { type: 'json' };
import fr from './catalogues/fr.json' with { type: 'json' };
import it from './catalogues/it.json' with { type: 'json' };
import pcm from './catalogues/pcm.json' with { type: 'json' };
import ro from './catalogues/ro.json' with { type: 'json' };
import uk from './catalogues/uk.json' with { type: 'json' };

/**
 * The beneficiary-facing text of the forms, one catalogue per language. Adding a language is
 * adding a catalogue here; tests/forms fail on any missing label, option or notice paragraph.
 */
export interface FieldText {
  label: string;
  help?: string;
  /**
   * How the operators' screens (person page, edit history, conflict card) name the field
   * where the label is a question put to her ("Are you pregnant?" → "Pregnant?"). Optional,
   * and read only in the operators' languages, so the others need not have it.
   */
  summary?: string;
}

/** The texts a field may have in a catalogue; formProblems reports any other key. */
export const FIELD_TEXT_KEYS = ['label', 'help', 'summary'] as const satisfies readonly (keyof FieldText)[];

/**
 * The words of the renderer itself (buttons, progress, the children list) in every catalogue;
 * `{{n}}`, `{{total}}`, `{{item}}` are filled in (see src/app/forms/uiText.ts).
 */
export const UI_KEYS = [
  'previous', 'next', 'done', 'close', 'readAloud', 'progress', // presentation mode
  'choose', 'add', 'remove', 'frequent', 'all', // drop-downs and lists
  'noChildren', 'childN', 'addChild', 'removeChild', 'childName', // the children
] as const;
export type UiKey = (typeof UI_KEYS)[number];

export interface FormCatalogue {
  meta: { language: string; name: string; reviewedByMediator: boolean };
  forms: Record<string, { title: string; fields: Record<string, FieldText> }>;
  /** Option labels per vocabulary and code, for vocabularies with no label in this language. */
  options: Record<string, Record<string, string>>;
  notice: { version: number; title: string; paragraphs: string[] };
  /** The renderer's and presentation mode's own words, so her buttons speak her language too. */
  ui: Record<UiKey, string>;
}

export const FORM_CATALOGUES: Record<string, FormCatalogue> = { it, en, fr, es, ar, pcm, ro, uk };

export const FORM_LANGUAGES = Object.keys(FORM_CATALOGUES);

/** Arabic (and any other right-to-left script) is laid out right to left. */
export function formLanguageDir(lang: string): 'rtl' | 'ltr' {
  return ['ar', 'fa', 'ur', 'ps', 'he'].includes(lang) ? 'rtl' : 'ltr';
}
