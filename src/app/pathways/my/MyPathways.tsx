import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { grantsAwaitingReceipt } from '../../../db/grants.ts';
import { followUpsDue, myOpenPathways } from '../../../db/pathways.ts';
import { localDate } from '../../../domain/dates.ts';
import type { FollowUpTiming } from '../../../domain/pathways/followUps.ts';
import { mayChangeSettings } from '../../../domain/records/settings.ts';
import { grantExpenseTypes, interventionTypes } from '../../../domain/vocab/pathways.ts';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { formatDay, useLang } from '../../ui/format';
import { fullName } from '../../ui/PersonSummary';
import { useSession } from '../../session/SessionContext';
import { useMoney } from '../../ui/money';
import { pathwayPaths } from '../../routes/pathways';
import { HouseholdCapCard } from './HouseholdCapCard';

/** A titled list with its loading and empty states. */
function ListCard<T>({ id, title, items, empty, children }: {
  id: string;
  title: string;
  items: T[] | undefined;
  empty: string;
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby={id} aria-busy={items === undefined}>
      <h2 id={id}>{title}</h2>
      {items === undefined ? (
        <p role="status" className="screen-loading">{t('app.loading')}</p>
      ) : items.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <ul className="stack plain-list link-list link-list--cards" aria-labelledby={id}>{items.map(children)}</ul>
      )}
    </section>
  );
}

/**
 * "My pathways": the case manager's open pathways, her follow-ups to do (the overdue first, said
 * late in words, not by colour alone), grants waiting for a receipt.
 */
export function MyPathways() {
  const { t } = useTranslation();
  const lang = useLang();
  const money = useMoney();
  const { user } = useSession().session;
  const today = localDate();
  const pathways = useLiveQuery(() => myOpenPathways(db, user.id, today), [user.id, today]);
  const followUps = useLiveQuery(() => followUpsDue(db, user.id, today), [user.id, today]);
  const receipts = useLiveQuery(() => grantsAwaitingReceipt(db, user.id), [user.id]);
  const name = (p: { firstName: string; lastName: string } | undefined) => (p ? fullName(p) : t('paths.unknownPerson'));
  const timingText = (timing: FollowUpTiming) =>
    timing.when === 'today' ? t('paths.my.followUps.today') : t(`paths.my.followUps.${timing.when}`, { count: timing.days });

  return (
    <>
      <p className="my-pathways__intro">
        <strong>{t('paths.my.heading')}</strong>: {t('paths.my.intro')}
      </p>
      <ListCard id="my-open" title={t('paths.my.open.title')} items={pathways} empty={t('paths.my.open.empty')}>
        {(s) => (
          <li key={s.pathway.id}>
            <Link href={pathwayPaths.pathway(s.pathway.id)} className="link-card">
              <span className="link-card__title">{name(s.person)}</span>
              <span>{t('paths.my.open.openedOn', { date: formatDay(s.pathway.openedOn, lang) })}</span>
              <span className={s.nextFollowUp?.timing.when === 'late' ? 'follow-up-late' : undefined}>
                {!s.nextFollowUp
                  ? t('paths.my.open.noFollowUp')
                  : s.nextFollowUp.timing.when === 'late'
                    ? t('paths.my.open.lateFollowUp', { date: formatDay(s.nextFollowUp.on, lang), count: s.nextFollowUp.timing.days })
                    : t('paths.my.open.nextFollowUp', { date: formatDay(s.nextFollowUp.on, lang) })}
              </span>
            </Link>
          </li>
        )}
      </ListCard>
      <p className="hint">{t('paths.my.openHint')}</p>
      <ListCard id="my-follow-ups" title={t('paths.my.followUps.title')} items={followUps} empty={t('paths.my.followUps.empty')}>
        {(f) => (
          <li key={f.intervention.id}>
            <Link href={pathwayPaths.pathway(f.pathway.id)} className={`link-card follow-up follow-up--${f.timing.when}`}>
              <span className="link-card__title">
                <time dateTime={f.intervention.followUpOn}>{formatDay(f.intervention.followUpOn, lang)}</time>
              </span>
              <span className={`follow-up__when${f.timing.when === 'late' ? ' follow-up-late' : ''}`}>{timingText(f.timing)}</span>
              <span>{t('paths.my.followUps.item', { type: interventionTypes.label(f.intervention.type, lang), name: name(f.person) })}</span>
            </Link>
          </li>
        )}
      </ListCard>
      <p className="hint">{t('paths.my.followUps.hint')}</p>
      <ListCard id="my-receipts" title={t('paths.my.receipts.title')} items={receipts} empty={t('paths.my.receipts.empty')}>
        {(r) => (
          <li key={r.grant.id}>
            <Link href={pathwayPaths.pathway(r.pathway.id)} className="link-card">
              <span className="link-card__title">
                {t('paths.my.receipts.item', {
                  type: grantExpenseTypes.label(r.grant.expenseType, lang), amount: money(r.grant.amountCents), name: name(r.person),
                })}
              </span>
              {r.grant.paidOn && <span>{t('paths.my.receipts.paidOn', { date: formatDay(r.grant.paidOn, lang) })}</span>}
            </Link>
          </li>
        )}
      </ListCard>
      {mayChangeSettings(user.role) && <HouseholdCapCard />}
    </>
  );
}
