import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FORM_CATALOGUES, FORM_LANGUAGES, formLanguageDir } from '../../../forms/catalogues.ts';
import { OwnName, ReviewedBadge, useLanguageName } from '../LanguageBits';

/** Her language first: each by its own name, with whether a mediator has reviewed it. */
export function LanguageChoice({ current, onChoose }: { current: string | null; onChoose: (lang: string) => void }) {
  const { t } = useTranslation();
  const name = useLanguageName();
  const headingId = useId();
  return (
    <section className="card language-choice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mediation.language.choose')}</h2>
      <p className="hint">{t('mediation.language.chooseHint')}</p>
      <ul className="language-choice__list">
        {FORM_LANGUAGES.map((lang) => (
          <li key={lang}>
            <button type="button" className="button language-choice__button" aria-pressed={current === lang}
              data-lang={lang} onClick={() => onChoose(lang)}>
              <OwnName lang={lang} />
              <span className="language-choice__operator">{name(lang)}</span>
              <ReviewedBadge lang={lang} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Her language (switchable at any point: the answers stay), presentation mode, translation review. */
export function IntakeToolbar(props: {
  language: string;
  onLanguage: (lang: string) => void;
  reviewing: boolean;
  onReviewing: (on: boolean) => void;
  presentButton: RefObject<HTMLButtonElement | null>;
  onPresent: () => void;
}) {
  const { t } = useTranslation();
  const name = useLanguageName();
  const selectId = useId();
  return (
    <div className="toolbar panel intake-toolbar" role="group" aria-label={t('mediation.intake.toolbar')}>
      <div className="intake-toolbar__language">
        <label htmlFor={selectId}>{t('mediation.language.herLanguage')}</label>
        <select id={selectId} value={props.language} onChange={(e) => props.onLanguage(e.target.value)}>
          {FORM_LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {`${name(lang)} — ${FORM_CATALOGUES[lang]?.meta.name ?? lang}`}
            </option>
          ))}
        </select>
        <ReviewedBadge lang={props.language} />
      </div>
      <div className="intake-toolbar__actions">
        <button ref={props.presentButton} type="button" className="button" onClick={props.onPresent}>
          <span aria-hidden="true">⤢ </span>
          {t('mediation.intake.present')}
        </button>
        <button type="button" className="button" aria-pressed={props.reviewing} onClick={() => props.onReviewing(!props.reviewing)}>
          <span aria-hidden="true">✎ </span>
          {t('mediation.intake.reviewTranslations')}
        </button>
      </div>
    </div>
  );
}

/** Which language each column is in, above the questions. */
export function ColumnsHead({ operator, language }: { operator: string; language: string }) {
  const { t } = useTranslation();
  const name = useLanguageName();
  if (operator === language) return null;
  return (
    <p className="bi bi--sideBySide columns-head">
      <span className="bi__col bi__col--operator" data-column="operator" lang={operator} dir="ltr">
        {t('mediation.intake.operatorColumn', { language: name(operator) })}
      </span>
      <span className="bi__col bi__col--beneficiary" data-column="beneficiary" lang={language} dir={formLanguageDir(language)}>
        <OwnName lang={language} />
      </span>
    </p>
  );
}
