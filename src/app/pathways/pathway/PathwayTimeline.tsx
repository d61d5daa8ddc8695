import { useTranslation } from 'react-i18next';
import type { Pathway } from '../../../domain/records/pathway.ts';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { Timeline } from '../../ui/timeline/Timeline';
import { pathwayTimelineOf } from '../../../db/timeline';

/** The pathway's interventions with her visits while it was open, newest first. */
export function PathwayTimeline({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation();
  const entries = useLiveQuery(() => pathwayTimelineOf(db, pathway), [pathway]);
  return (
    <section className="card" aria-labelledby="pathway-timeline">
      <h2 id="pathway-timeline">{t('paths.pathway.timeline')}</h2>
      {entries ? (
        <Timeline entries={entries} label={t('paths.pathway.timeline')} emptyText={t('paths.pathway.timelineEmpty')} />
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </section>
  );
}
