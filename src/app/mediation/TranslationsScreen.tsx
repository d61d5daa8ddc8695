import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TranslationCorrection } from '../../domain/records/translation.ts';
import { FORM_CATALOGUES, FORM_LANGUAGES, formLanguageDir } from '../../forms/catalogues.ts';
import { formTitle } from '../../forms/text.ts';
import { db } from '../data/db';
import { useLiveQuery } from '../data/useLiveQuery';
import { formatInstant, useLang } from '../ui/format';
import { useOperatorName } from '../data/useOperatorName';
import { catalogueText, type TextTarget } from '../ui/renderer/FormLanguage';
import { correctionsIn } from './corrections';
import { ReviewedBadge, useLanguageName } from './LanguageBits';
import { mediationPaths } from '../routes/mediation';
import { Screen } from '../ui/Screen';
import './mediation.css';

/**
 * The translation corrections stored on this site, one language at a time: what the catalogue
 * says, what the mediator proposed (or confirmed), who and when. The coordinators carry them
 * into the catalogues; until then the devices of the site show the proposals.
 */
export default function TranslationsScreen() {
  const { t } = useTranslation();
  const operator = useLang();
  const name = useLanguageName();
  const [language, setLanguage] = useState(FORM_LANGUAGES.find((l) => l !== operator) ?? 'it');
  const selectId = useId();
  const corrections = useLiveQuery(() => correctionsIn(db, language), [language]);
  const who = useOperatorName();
  return (
    <Screen title={t('mediation.translations.title')} className="translations-screen">
      <p>
        <Link href={mediationPaths.log}>{t('mediation.translations.back')}</Link>
      </p>
      <div className="field mediation-log__filter">
        <label htmlFor={selectId}>{t('mediation.translations.language')}</label>
        <select id={selectId} value={language} onChange={(e) => setLanguage(e.target.value)}>
          {FORM_LANGUAGES.map((l) => (
            <option key={l} value={l}>{`${name(l)} — ${FORM_CATALOGUES[l]?.meta.name ?? l}`}</option>
          ))}
        </select>
        <ReviewedBadge lang={language} />
      </div>
      {corrections === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : corrections.length === 0 ? (
        <p>{t('mediation.translations.empty')}</p>
      ) : (
        <ul className="translation-list" aria-label={t('mediation.translations.listLabel', { language: name(language) })}>
          {[...corrections].reverse().map((c) => (
            <li key={c.id} className="card translation-item">
              <CorrectionView correction={c} operator={operator} who={who(c.updatedBy) ?? t('mediation.log.unknownMediator')} />
            </li>
          ))}
        </ul>
      )}
    </Screen>
  );
}

function CorrectionView({ correction: c, operator, who }: { correction: TranslationCorrection; operator: string; who: string }) {
  const { t } = useTranslation();
  const target: TextTarget = c.fieldId
    ? { kind: 'label', formId: c.formId, fieldId: c.fieldId }
    : { kind: 'option', vocabulary: c.vocabulary ?? '', code: c.code ?? '' };
  const dir = formLanguageDir(c.language);
  return (
    <>
      <h2 className="translation-item__what">
        {c.fieldId
          ? t('mediation.translations.question', { form: formTitle(c.formId, operator) ?? c.formId, text: catalogueText(target, operator) ?? c.fieldId })
          : t('mediation.translations.option', { text: catalogueText(target, operator) ?? c.code })}
      </h2>
      <dl className="facts facts--stacked">
        <div>
          <dt>{t('mediation.translations.catalogue')}</dt>
          <dd lang={c.language} dir={dir}>{catalogueText(target, c.language) ?? '—'}</dd>
        </div>
        <div>
          <dt>{t(c.status === 'confirmed' ? 'mediation.translations.confirmed' : 'mediation.translations.proposed')}</dt>
          <dd lang={c.language} dir={dir}><strong>{c.text}</strong></dd>
        </div>
        <div>
          <dt>{t('mediation.translations.by')}</dt>
          <dd>{`${who}, ${formatInstant(c.updatedAt, operator)}`}</dd>
        </div>
      </dl>
    </>
  );
}
