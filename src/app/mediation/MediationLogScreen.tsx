import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { localDate } from '../../domain/dates.ts';
import type { Mediation } from '../../domain/records/activities.ts';
import { mediationSettings } from '../../domain/vocab/activities.ts';
import { languages } from '../../domain/vocab/geo.ts';
import { ScreenHeading } from '../ui/ScreenHeading';
import { db } from '../data/db';
import { useLiveQuery } from '../data/useLiveQuery';
import { formatDay, useLang } from '../ui/format';
import { deskPaths } from '../routes/desk';
import { useOperators } from '../data/useDirectory';
import { useOperatorName } from '../data/useOperatorName';
import { fullName } from '../ui/PersonSummary';
import { useSession } from '../session/SessionContext';
import { formatDuration } from '../ui/duration';
import { byMonth, mediationsSince, monthsBack } from '../../db/mediations';
import { peopleById } from '../../db/pathways.ts';
import { mediationPaths } from '../routes/mediation';
import '../ui/form/form.css';
import './mediation.css';

/** How many months the log lists. */
const MONTHS = 12;
const ALL = 'all';

/**
 * The mediation log: sessions by mediator and month, each month with its number of sessions
 * and hours (what the report counts: 13 interventions, ~130 hours a year). From here a mediator
 * starts a registration with a beneficiary, records a session, or reads the translation
 * corrections proposed on this site.
 */
export default function MediationLogScreen() {
  const { t } = useTranslation();
  const lang = useLang();
  const { session } = useSession();
  const [mediator, setMediator] = useState<string>(session.user.id);
  const selectId = useId();
  const saved = new URLSearchParams(useSearch()).get('saved');
  const operatorName = useOperatorName();
  const since = monthsBack(localDate(), MONTHS - 1);

  const sessions = useLiveQuery(() => mediationsSince(db, since, mediator === ALL ? undefined : mediator), [since, mediator]);
  const operators = useOperators();
  const personIds = [...new Set((sessions ?? []).map((s) => s.personId).filter((id): id is string => Boolean(id)))];
  const people = useLiveQuery(() => peopleById(db, personIds), [personIds.join()]);
  const personName = (id: string | undefined) => {
    const p = id ? people?.get(id) : undefined;
    return p ? fullName(p) : undefined;
  };
  const mediatorOptions = [
    { value: session.user.id, label: session.user.displayName },
    ...(operators ?? []).filter((o) => !o.deleted && o.id !== session.user.id && o.role === 'mediator')
      .map((o) => ({ value: o.id, label: o.displayName })),
    { value: ALL, label: t('mediation.log.allMediators') },
  ];
  const months = byMonth(sessions ?? []);

  return (
    <section className="screen mediation-log">
      <ScreenHeading>{t('mediation.log.title')}</ScreenHeading>
      {saved === 'session' && (
        <p className="saved-message" role="status">
          <span aria-hidden="true">✓ </span>
          {t('mediation.saved')}
        </p>
      )}
      <div className="person-actions">
        <Link href={mediationPaths.newSession} className="button button--primary button--large">
          {t('mediation.log.newSession')}
        </Link>
        <Link href={mediationPaths.intake} className="button button--large">
          {t('mediation.log.intake')}
        </Link>
        <Link href={mediationPaths.translations} className="button button--large">
          {t('mediation.log.translations')}
        </Link>
      </div>
      <div className="field mediation-log__filter">
        <label htmlFor={selectId}>{t('mediation.log.mediator')}</label>
        <select id={selectId} value={mediator} onChange={(e) => setMediator(e.target.value)}>
          {mediatorOptions.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      </div>
      <p className="hint">{t('mediation.log.scope', { months: MONTHS })}</p>
      {sessions === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : months.length === 0 ? (
        <p>{t('mediation.log.empty')}</p>
      ) : (
        months.map((m) => (
          <MonthCard key={m.month} month={m.month} sessions={m.sessions} minutes={m.minutes} lang={lang}
            showMediator={mediator === ALL} personName={personName}
            mediatorName={(id) => operatorName(id) ?? t('mediation.log.unknownMediator')} />
        ))
      )}
    </section>
  );
}

function MonthCard(props: {
  month: string;
  sessions: Mediation[];
  minutes: number;
  lang: string;
  showMediator: boolean;
  personName: (id: string | undefined) => string | undefined;
  mediatorName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { month, sessions, minutes, lang } = props;
  const headingId = useId();
  const title = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));
  return (
    <section className="card mediation-month" aria-labelledby={headingId} data-month={month}>
      <h2 id={headingId}>{title}</h2>
      <p className="mediation-month__totals">
        <span data-total="sessions">{t('mediation.log.sessions', { count: sessions.length })}</span>
        {' · '}
        <span data-total="hours">{t('mediation.log.total', { duration: formatDuration(minutes, t) })}</span>
      </p>
      <ul className="mediation-sessions" aria-label={t('mediation.log.sessionsOf', { month: title })}>
        {sessions.map((s) => {
          const name = props.personName(s.personId);
          return (
            <li key={s.id} className="mediation-session">
              <p className="mediation-session__head">
                <time dateTime={s.date}>{formatDay(s.date, lang)}</time>
                {' · '}
                <span>{formatDuration(s.minutes, t)}</span>
                {' · '}
                <span>{languages.label(s.language, lang)}</span>
              </p>
              <p className="mediation-session__what">
                {mediationSettings.label(s.setting, lang)}
                {s.personId && (
                  <>
                    {' · '}
                    {name ? <Link href={deskPaths.person(s.personId)}>{name}</Link> : t('mediation.log.personElsewhere')}
                  </>
                )}
                {props.showMediator && <> · {props.mediatorName(s.mediatorId)}</>}
              </p>
              {s.note && <p className="prewrap mediation-session__note">{s.note}</p>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
