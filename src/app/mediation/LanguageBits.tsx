import { useTranslation } from 'react-i18next';
import { languages } from '../../domain/vocab/geo.ts';
import { FORM_CATALOGUES, formLanguageDir } from '../../forms/catalogues.ts';
import { useLang } from '../ui/format';

/** Whether a mediator has reviewed the catalogue of a language: a badge in words, not colour alone. */
export function ReviewedBadge({ lang }: { lang: string }) {
  const { t } = useTranslation();
  const reviewed = FORM_CATALOGUES[lang]?.meta.reviewedByMediator ?? false;
  return (
    <span className={`badge ${reviewed ? 'badge--yes' : 'badge--no'}`} data-reviewed={reviewed ? 'yes' : 'no'}>
      <span aria-hidden="true">{reviewed ? '✓ ' : '! '}</span>
      {t(reviewed ? 'mediation.language.reviewedYes' : 'mediation.language.reviewedNo')}
    </span>
  );
}

/** A language by its own name ("العربية"), marked up in that language. */
export function OwnName({ lang }: { lang: string }) {
  return (
    <span lang={lang} dir={formLanguageDir(lang)} className="own-name">
      {FORM_CATALOGUES[lang]?.meta.name ?? lang}
    </span>
  );
}

/** A language's name in the operator's language ("Arabo"). */
export function useLanguageName(): (lang: string) => string {
  const operator = useLang();
  return (lang: string) => languages.label(lang, operator);
}
