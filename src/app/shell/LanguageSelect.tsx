import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage } from '../i18n';
import { SUPPORTED_LANGUAGES, isSupportedLanguage } from '../i18n/languages';

interface LanguageSelectProps {
  /** Keep the label for screen readers only (the header has no room for it on phones). */
  hideLabel?: boolean;
}

export function LanguageSelect({ hideLabel = false }: LanguageSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="language-select">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {t('language.label')}
      </label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(event) => {
          const lng = event.target.value;
          if (isSupportedLanguage(lng)) void changeLanguage(lng);
        }}
      >
        {SUPPORTED_LANGUAGES.map((code) => (
          // Each language is named in itself, so a person can find hers whatever is shown now.
          <option key={code} value={code} lang={code}>
            {t(`language.names.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
