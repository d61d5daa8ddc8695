import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Pathway } from '../../../domain/records/pathway.ts';
import type { Person } from '../../../domain/records/person.ts';
import { formatDay, useLang, useSiteLabel } from '../../ui/format';
import { deskPaths } from '../../routes/desk';
import { useOperatorName } from '../../data/useOperatorName';
import { fullName } from '../../ui/PersonSummary';

/** Open since when (or closed when), who follows it, where, and her page. */
export function PathwayFacts({ pathway, person }: { pathway: Pathway; person: Person | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const siteLabel = useSiteLabel();
  const operatorName = useOperatorName();
  return (
    <div className="pathway-facts">
      <p className={`pathway-status pathway-status--${pathway.status}`} data-testid="pathway-status">
        {pathway.status === 'open'
          ? t('paths.pathway.openSince', { date: formatDay(pathway.openedOn, lang) })
          : t('paths.pathway.closedOn', { date: formatDay(pathway.closedOn ?? pathway.openedOn, lang), opened: formatDay(pathway.openedOn, lang) })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('paths.pathway.caseManager')}</dt>
          <dd>{operatorName(pathway.caseManagerId) ?? t('deskForms.history.anotherOperator')}</dd>
        </div>
        <div>
          <dt>{t('paths.pathway.site')}</dt>
          <dd>{siteLabel(pathway.siteId)}</dd>
        </div>
      </dl>
      {person && (
        <p>
          <Link href={deskPaths.person(person.id)}>{t('paths.pathway.personPage', { name: fullName(person) })}</Link>
        </p>
      )}
    </div>
  );
}
