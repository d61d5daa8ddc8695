import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../domain/vocab/geo.ts';
import { useField } from '../form/FieldErrors';
import { ErrorText } from '../form/Field';
import { vocabOptions } from '../form/options';
import { useLang } from '../format';

/**
 * The languages she speaks: the chosen ones as removable chips, and a list to add another.
 * Forty-odd checkboxes would bury the rest of the form.
 */
export function LanguagesField({ value, onChange }: { value: string[]; onChange: (value: string[]) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const field = useField('languages');
  const addId = useId();
  const remaining = vocabOptions(languages, lang, [], true).filter((o) => !value.includes(o.value));
  return (
    <fieldset className="field languages-field" id={field.id} data-invalid={field.error ? '' : undefined}
      aria-describedby={field.error ? field.errorId : undefined}>
      <legend>{t('deskForms.person.languages')}</legend>
      {value.length > 0 && (
        <ul className="chip-list">
          {value.map((code) => (
            <li key={code}>
              <span className="chip chip--static">{languages.label(code, lang)}</span>
              <button type="button" className="button button--small"
                onClick={() => onChange(value.filter((c) => c !== code))}>
                <span aria-hidden="true">✕</span>
                <span className="visually-hidden">{t('deskForms.person.removeLanguage', { language: languages.label(code, lang) })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={addId}>{t('deskForms.person.addLanguage')}</label>
      <select id={addId} value="" onChange={(e) => e.target.value && onChange([...value, e.target.value])}>
        <option value="">{t('deskForms.person.chooseLanguage')}</option>
        {remaining.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <ErrorText field={field} />
    </fieldset>
  );
}
