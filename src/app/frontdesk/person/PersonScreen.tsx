import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { historyOf } from '../../../db/history.ts';
import { getRecord } from '../../../db/repository.ts';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { pathwayPaths } from '../../routes/pathways';
import { PersonPathways } from '../../pathways';
import { AccessLog, useRecordView } from '../../audit';
import { mediationPaths } from '../../routes/mediation';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { deskPaths } from '../../routes/desk';
import { PersonNotFound } from '../../ui/PersonNotFound';
import { fullName } from '../../ui/PersonSummary';
import { EditHistory } from './EditHistory';
import { PersonDetails } from './PersonDetails';
import { Timeline } from '../../ui/timeline/Timeline';
import { timelineOf } from '../../../db/timeline';
import { VisitActions } from '../visit/VisitActions';
import '../../ui/form/form.css';

const SAVED_MESSAGES = {
  registered: 'deskForms.saved.registered',
  visit: 'deskForms.saved.visit',
  visitCorrected: 'deskForms.saved.visitCorrected',
  visitDeleted: 'deskForms.saved.visitDeleted',
  person: 'deskForms.saved.person',
  mediation: 'mediation.saved',
} as const;

/**
 * A person's page: her data, "New visit", "Open a pathway", her pathways, her timeline, the
 * history of edits and, for coordinators, the access log.
 */
export default function PersonScreen({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const id = decodeURIComponent(params.id);
  // null: not on this device; undefined: still loading.
  const person = useLiveQuery(async () => (await getRecord(db, 'people', id)) ?? null, [id]);
  const timeline = useLiveQuery(() => timelineOf(db, id), [id]);
  const history = useLiveQuery(() => historyOf(db, 'people', id), [id]);
  const saved = new URLSearchParams(useSearch()).get('saved');
  useRecordView(person ? person.id : undefined); // her page opened: the audit log hears of it at the next sync
  const [, navigate] = useLocation();
  const timelineHeading = useRef<HTMLHeadingElement>(null);
  // The deleted entry took the focused button with it: focus goes to the timeline (after the
  // render that closed the dialog), the notice says what happened.
  const [deletions, setDeletions] = useState(0);
  useEffect(() => {
    if (deletions > 0) timelineHeading.current?.focus();
  }, [deletions]);
  const visitDeleted = useCallback(() => {
    setDeletions((n) => n + 1);
    navigate(`${deskPaths.person(id)}?saved=visitDeleted`, { replace: true });
  }, [navigate, id]);

  if (person === undefined) return <p className="screen-loading" role="status">{t('app.loading')}</p>;
  if (person === null) return <PersonNotFound />;
  return (
    <section className="screen person-screen">
      <ScreenHeading>{fullName(person)}</ScreenHeading>
      {saved && saved in SAVED_MESSAGES && (
        <p className="saved-message" role="status">
          <span aria-hidden="true">✓ </span>
          {t(SAVED_MESSAGES[saved as keyof typeof SAVED_MESSAGES])}
        </p>
      )}
      <div className="person-actions">
        <Link href={deskPaths.newVisit(person.id)} className="button button--primary button--large">
          {t('desk.search.newVisit')}
        </Link>
        <Link href={deskPaths.editPerson(person.id)} className="button">
          {t('deskForms.person.edit')}
        </Link>
        <Link href={pathwayPaths.open(person.id)} className="button">
          {t('paths.person.open')}
        </Link>
        <Link href={mediationPaths.personIntake(person.id)} className="button">
          {t('mediation.person.intake')}
        </Link>
        <Link href={mediationPaths.personSession(person.id)} className="button">
          {t('mediation.person.newSession')}
        </Link>
      </div>
      <PersonDetails person={person} />
      <PersonPathways personId={person.id} />
      <section className="card" aria-labelledby="person-timeline">
        <h2 id="person-timeline" ref={timelineHeading} tabIndex={-1}>{t('deskForms.timeline.title')}</h2>
        {timeline
          ? <Timeline entries={timeline} visitActions={(visit) => <VisitActions visit={visit} onDeleted={visitDeleted} />} />
          : <p role="status">{t('app.loading')}</p>}
      </section>
      <section className="card" aria-labelledby="person-history">
        <h2 id="person-history">{t('deskForms.history.title')}</h2>
        {history && <EditHistory person={person} entries={history} />}
      </section>
      <AccessLog personId={person.id} />
    </section>
  );
}
