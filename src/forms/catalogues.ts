import ar from './catalogues/ar.json';
import en from './catalogues/en.json';
import es from './catalogues/es.json';
import fr from './catalogues/fr.json';
import it from './catalogues/it.json';
import pcm from './catalogues/pcm.json';
import ro from './catalogues/ro.json';
import uk from './catalogues/uk.json';

/**
 * The beneficiary-facing text of the forms, one catalogue per language. Adding a language is
 * adding a catalogue here; tests/forms fail on any missing label, option or notice paragraph.
 */
export interface FieldText {
  label: string;
  help?: string;
}

export interface FormCatalogue {
  meta: { language: string; name: string; reviewedByMediator: boolean };
  forms: Record<string, { title: string; fields: Record<string, FieldText> }>;
  /** Option labels per vocabulary and code, for vocabularies with no label in this language. */
  options: Record<string, Record<string, string>>;
  notice: { version: number; title: string; paragraphs: string[] };
}

export const FORM_CATALOGUES: Record<string, FormCatalogue> = { it, en, fr, es, ar, pcm, ro, uk };

export const FORM_LANGUAGES = Object.keys(FORM_CATALOGUES);

/** Arabic (and any other right-to-left script) is laid out right to left. */
export function formLanguageDir(lang: string): 'rtl' | 'ltr' {
  return ['ar', 'fa', 'ur', 'ps', 'he'].includes(lang) ? 'rtl' : 'ltr';
}
