import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { pathwaysOfPerson } from '../../../db/pathways.ts';
import { pathwayStatuses } from '../../../domain/vocab/pathways.ts';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { formatDay, useLang } from '../../ui/format';
import { LiveList } from '../../ui/LiveList';
import { pathwayPaths } from '../../routes/pathways';

/** Her pathways on her page, each with its status ("Open a pathway" is among the page's actions). */
export function PersonPathways({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const pathways = useLiveQuery(() => pathwaysOfPerson(db, personId), [personId]);
  return (
    <section className="card" aria-labelledby="person-pathways">
      <h2 id="person-pathways">{t('paths.person.title')}</h2>
      <LiveList items={pathways} none={t('paths.person.none')}>
        {(rows) => (
          <ul className="stack stack--tight plain-list link-list">
            {rows.map((p) => (
              <li key={p.id}>
                <Link href={pathwayPaths.pathway(p.id)}>
                  {t('paths.person.item', { status: pathwayStatuses.label(p.status, lang), date: formatDay(p.openedOn, lang) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </LiveList>
    </section>
  );
}
