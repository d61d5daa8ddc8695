import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { fullName } from '../../ui/PersonSummary';
import { Loading, PathwayNotFound } from '../Loading';
import { pathwayPaths } from '../../routes/pathways';
import { usePathwayFile } from '../usePerson';
import { GoalsList } from './GoalsList';
import { GrantsSection } from './GrantsSection';
import { PathwayFacts } from './PathwayFacts';
import { PathwayTimeline } from './PathwayTimeline';
import { ReopenForm } from './ReopenForm';
import { SituationCard } from './SituationCard';
import '../../ui/form/form.css';
import '../pathways.css';

const SAVED_MESSAGES = {
  opened: 'paths.saved.opened',
  edited: 'paths.saved.edited',
  intervention: 'paths.saved.intervention',
  grant: 'paths.saved.grant',
  closed: 'paths.saved.closed',
  reopened: 'paths.saved.reopened',
} as const;

/**
 * A pathway's page: where it stands, its goals, the situation found, the household's grants
 * with their receipts, and its interventions with her visits.
 */
export default function PathwayScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const file = usePathwayFile(decodeURIComponent(params.id));
  const saved = new URLSearchParams(useSearch()).get('saved');
  if (file === undefined) return <Loading />;
  if (file === null) return <PathwayNotFound />;
  const { pathway, person } = file;
  const open = pathway.status === 'open';
  return (
    <section className="screen pathway-screen">
      <ScreenHeading>{person ? t('paths.pathway.title', { name: fullName(person) }) : t('paths.pathway.titleUnknown')}</ScreenHeading>
      {saved && saved in SAVED_MESSAGES && (
        <p className="saved-message" role="status">
          <span aria-hidden="true">✓ </span>
          {t(SAVED_MESSAGES[saved as keyof typeof SAVED_MESSAGES])}
        </p>
      )}
      <PathwayFacts pathway={pathway} person={person} />
      {open ? (
        <div className="person-actions">
          <Link href={pathwayPaths.newIntervention(pathway.id)} className="button button--primary button--large">
            {t('paths.pathway.actions.intervention')}
          </Link>
          <Link href={pathwayPaths.newGrant(pathway.id)} className="button button--large">{t('paths.pathway.actions.grant')}</Link>
          <Link href={pathwayPaths.edit(pathway.id)} className="button">{t('paths.pathway.actions.edit')}</Link>
          <Link href={pathwayPaths.close(pathway.id)} className="button">{t('paths.pathway.actions.close')}</Link>
        </div>
      ) : (
        <ReopenForm pathway={pathway} />
      )}
      <GoalsList goals={pathway.goals} />
      <SituationCard pathway={pathway} />
      <GrantsSection pathway={pathway} grants={file.grants} />
      <PathwayTimeline pathway={pathway} />
    </section>
  );
}
