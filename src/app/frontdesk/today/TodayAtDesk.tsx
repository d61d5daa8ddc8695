import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { deskCounts } from '../../../db/counters.ts';
import { deskDay } from '../../../db/visits.ts';
import { localDate } from '../../../domain/dates.ts';
import { visitTopics } from '../../../domain/vocab/visits.ts';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { useSession } from '../../session/SessionContext';
import { useLang, useSiteLabel } from '../../ui/format';
import { deskPaths } from '../../routes/desk';
import { fullName } from '../../ui/PersonSummary';

/**
 * The day at this desk: how many visits today and this month at the operator's site, and who
 * came today. Live: a visit saved on this tablet shows up at once. Counts come from index
 * ranges of `[siteId+date]`, never from a scan of all visits.
 */
export function TodayAtDesk() {
  const { t } = useTranslation();
  const lang = useLang();
  const siteLabel = useSiteLabel();
  const { siteId } = useSession().session;
  const today = localDate();
  const counts = useLiveQuery(() => deskCounts(db, siteId, today), [siteId, today]);
  const day = useLiveQuery(() => deskDay(db, siteId, today), [siteId, today]);
  const number = new Intl.NumberFormat(lang);

  return (
    <section className="today card" aria-labelledby="desk-today" aria-busy={day === undefined}>
      <h2 id="desk-today">{t('desk.today.title')}</h2>
      <p className="hint">{siteLabel(siteId)}</p>
      <dl className="desk-counts">
        <div>
          <dt>{t('desk.today.countDay')}</dt>
          <dd data-testid="count-day">{counts ? number.format(counts.day) : '…'}</dd>
        </div>
        <div>
          <dt>{t('desk.today.countMonth')}</dt>
          <dd data-testid="count-month">{counts ? number.format(counts.month) : '…'}</dd>
        </div>
      </dl>
      {day && day.length === 0 && <p>{t('desk.today.none')}</p>}
      {day && day.length > 0 && (
        <ul className="today__list" aria-label={t('desk.today.listLabel')}>
          {day.map(({ visit, person }) => (
            <li key={visit.id}>
              {person ? (
                <Link href={deskPaths.person(person.id)}>{fullName(person)}</Link>
              ) : (
                <span>{t('desk.today.unknownPerson')}</span>
              )}
              <span className="today__topics">
                {visit.topics.map((code) => visitTopics.label(code, lang)).join(', ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
