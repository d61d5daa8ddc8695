import { useTranslation } from 'react-i18next';
import type { Mediation } from '../../../domain/records/activities.ts';
import { mediationSettings } from '../../../domain/vocab/activities.ts';
import { languages } from '../../../domain/vocab/geo.ts';
import { useLang } from '../format';
import { formatDuration } from '../duration';

/** A mediation session on a person's timeline. */
export function MediationEntry({ mediation, mediatorName }: { mediation: Mediation; mediatorName: string | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <article className="visit-entry mediation-entry">
      <h3 className="visit-entry__title">
        {t('mediation.timeline.title', { language: languages.label(mediation.language, lang) })}
      </h3>
      <dl className="facts facts--stacked">
        <div>
          <dt>{t('mediation.session.setting')}</dt>
          <dd>{mediationSettings.label(mediation.setting, lang)}</dd>
        </div>
        <div>
          <dt>{t('mediation.session.duration')}</dt>
          <dd>{formatDuration(mediation.minutes, t)}</dd>
        </div>
        {mediation.note && (
          <div>
            <dt>{t('mediation.session.note')}</dt>
            <dd className="prewrap">{mediation.note}</dd>
          </div>
        )}
        <div>
          <dt>{t('mediation.session.mediator')}</dt>
          <dd>{mediatorName ?? t('mediation.log.unknownMediator')}</dd>
        </div>
      </dl>
    </article>
  );
}
