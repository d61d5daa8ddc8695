import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../domain/records/visit.ts';
import { arrivalChannels, referralTargets, visitTopics } from '../../../domain/vocab/visits.ts';
import { GrantEntry, InterventionEntry, PathwayClosedEntry, PathwayOpenedEntry } from './PathwayEntries';
import { MediationEntry } from './MediationEntry';
import { formatDay, useLang, useSiteLabel } from '../format';
import type { TimelineEntry } from '../../../db/timeline';
import { useOperatorName } from '../../data/useOperatorName';
import './timeline.css';

/**
 * The person's timeline: one list, newest first, whatever kind of record each entry is. A
 * pathway's page shows its own part of it, under its own name. `visitActions` draws what may
 * be done with a visit (the person's page: edit, delete); the kit imports no feature.
 */
export function Timeline({ entries, label, emptyText, visitActions }: {
  entries: TimelineEntry[];
  label?: string;
  emptyText?: string;
  visitActions?: (visit: Visit) => ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  // Looked up once for the whole list, not once per entry.
  const siteLabel = useSiteLabel();
  const operatorName = useOperatorName();
  if (entries.length === 0) return <p>{emptyText ?? t('deskForms.timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-label={label ?? t('deskForms.timeline.title')}>
      {entries.map((entry) => (
        <li key={entry.key} className={`timeline__entry timeline__entry--${entry.kind}`}>
          <p className="timeline__date">
            <time dateTime={entry.date}>{formatDay(entry.date, lang)}</time>
          </p>
          <TimelineEntryView entry={entry} names={{ siteLabel, operatorName }} visitActions={visitActions} />
        </li>
      ))}
    </ol>
  );
}

export interface Names {
  siteLabel: (siteId: string) => string;
  operatorName: (operatorId: string) => string | undefined;
}

function TimelineEntryView({ entry, names, visitActions }: { entry: TimelineEntry; names: Names; visitActions: ((visit: Visit) => ReactNode) | undefined }) {
  switch (entry.kind) {
    case 'visit':
      return <VisitEntry visit={entry.visit} names={names} actions={visitActions?.(entry.visit)} />;
    case 'pathwayOpened':
      return <PathwayOpenedEntry pathway={entry.pathway} names={names} />;
    case 'pathwayClosed':
      return <PathwayClosedEntry pathway={entry.pathway} />;
    case 'intervention':
      return <InterventionEntry intervention={entry.intervention} />;
    case 'grant':
      return <GrantEntry grant={entry.grant} />;
    case 'mediation':
      return <MediationEntry mediation={entry.mediation} mediatorName={names.operatorName(entry.mediation.mediatorId)} />;
  }
}

function VisitEntry({ visit, names: { siteLabel, operatorName }, actions }: { visit: Visit; names: Names; actions: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLang();
  const labels = (codes: readonly string[], vocab: typeof visitTopics | typeof referralTargets) =>
    codes.map((c) => vocab.label(c, lang)).join(', ');
  return (
    <article className="visit-entry">
      <h3 className="visit-entry__title">
        {t('deskForms.timeline.visitAt', { site: siteLabel(visit.siteId) })}
      </h3>
      <dl className="facts facts--stacked">
        <div>
          <dt>{t('deskForms.visit.topics')}</dt>
          <dd>{labels(visit.topics, visitTopics)}</dd>
        </div>
        <div>
          <dt>{t('deskForms.visit.arrival')}</dt>
          <dd>{arrivalChannels.label(visit.arrival, lang)}</dd>
        </div>
        {visit.referrals.length > 0 && (
          <div>
            <dt>{t('deskForms.visit.referrals')}</dt>
            <dd>{labels(visit.referrals, referralTargets)}</dd>
          </div>
        )}
        {visit.guidance && (
          <div>
            <dt>{t('deskForms.visit.guidance')}</dt>
            <dd className="prewrap">{visit.guidance}</dd>
          </div>
        )}
        {visit.note && (
          <div>
            <dt>{t('deskForms.visit.note')}</dt>
            <dd className="prewrap">{visit.note}</dd>
          </div>
        )}
        <div>
          <dt>{t('deskForms.timeline.operator')}</dt>
          <dd>{operatorName(visit.operatorId) ?? t('deskForms.history.anotherOperator')}</dd>
        </div>
      </dl>
      {actions}
    </article>
  );
}
