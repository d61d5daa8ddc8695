import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formLanguageDir } from '../../../forms/catalogues.ts';
import { useFormText } from './FormLanguage';
import { noticeOf } from '../../../forms/personForm';
import './privacy-notice.css';

/**
 * The privacy notice in her language, beside the operator's in side-by-side mode, before she
 * is asked for consent. The consent records the notice's version and the language shown.
 */
export function PrivacyNotice({ large = false }: { large?: boolean }) {
  const { t } = useTranslation();
  const f = useFormText();
  const headingId = useId();
  const langs = f.bilingual && f.mode === 'sideBySide' ? [f.operator, f.beneficiary] : [f.mode === 'presentation' ? f.beneficiary : f.operator];
  const version = noticeOf(f.beneficiary).version;
  return (
    <section className={`panel panel--roomy privacy-notice ${large ? 'privacy-notice--large' : ''}`} aria-labelledby={headingId} data-notice-version={version}>
      <h3 id={headingId} className="visually-hidden">{t('mediation.notice.heading')}</h3>
      <div className={langs.length > 1 ? 'privacy-notice__columns' : undefined}>
        {langs.map((lang, i) => {
          const notice = noticeOf(lang);
          return (
            <div key={lang} className="privacy-notice__column" lang={lang} dir={formLanguageDir(lang)}
              data-column={langs.length > 1 ? (i === 0 ? 'operator' : 'beneficiary') : undefined}>
              <h4 className="privacy-notice__title">{notice.title}</h4>
              {notice.paragraphs.map((p, n) => (
                <p key={n}>{p}</p>
              ))}
            </div>
          );
        })}
      </div>
      <p className="hint" lang={f.operator} dir={f.dir(f.operator)}>{t('mediation.notice.version', { version })}</p>
    </section>
  );
}
