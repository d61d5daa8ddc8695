import { useEffect, useId, useRef, useState, type ReactElement, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { visitsAtDeskOnDay } from '../../../db/visits.ts';
import { localDate } from '../../../domain/dates.ts';
import type { Visit } from '../../../domain/records/visit.ts';
import { db } from '../../data/db';
import { useLiveQuery } from '../../data/useLiveQuery';
import { formatDay, formatTime, useLang } from '../../ui/format';

interface SameDayQuery {
  personId: string;
  siteId: string;
  date: string;
  /** The visit being corrected, which is not a second one. */
  exceptId?: string | undefined;
  /** False: nothing to check (a correction that keeps its day). */
  active: boolean;
}

export interface SameDayGuard {
  /** The warning and its confirmation, drawn just above Save; null when she has no other visit that day. */
  warning: ReactElement | null;
  /**
   * Asked by `save` before it writes: true when nothing is in the way. Read from the device
   * again, not from what is shown, so a Save tapped before the warning appeared still asks.
   */
  mayWrite: () => Promise<boolean>;
}

/**
 * A second visit for the same person at the same desk on the same day is usually a double tap
 * or a colleague's duplicate: the form says so and saves only once it is confirmed.
 */
export function useSameDayGuard(q: SameDayQuery): SameDayGuard {
  const { personId, siteId, date, exceptId, active } = q;
  const earlier = useLiveQuery(
    async () => (active ? visitsAtDeskOnDay(db, { personId, siteId, date, exceptId }) : []),
    [active, personId, siteId, date, exceptId],
  );
  // A confirmation holds for the day and site it was given for.
  const situation = `${siteId}|${date}`;
  const [confirmedFor, setConfirmedFor] = useState<string | null>(null);
  const [refusals, setRefusals] = useState(0);
  const confirmed = confirmedFor === situation;
  const shown = active && earlier !== undefined && earlier.length > 0;
  const checkbox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (refusals === 0 || !shown) return;
    checkbox.current?.focus();
    checkbox.current?.scrollIntoView({ block: 'center' });
  }, [refusals, shown]);

  const mayWrite = async () => {
    if (!active || confirmed) return true;
    if ((await visitsAtDeskOnDay(db, { personId, siteId, date, exceptId })).length === 0) return true;
    setRefusals((n) => n + 1);
    return false;
  };

  const warning = shown ? (
    <SameDayWarning visits={earlier} date={date} confirmed={confirmed} refused={refusals > 0 && !confirmed} checkbox={checkbox}
      onConfirm={(yes) => setConfirmedFor(yes ? situation : null)} />
  ) : null;
  return { warning, mayWrite };
}

function SameDayWarning(props: {
  visits: Visit[];
  date: string;
  confirmed: boolean;
  refused: boolean;
  checkbox: RefObject<HTMLInputElement | null>;
  onConfirm: (yes: boolean) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const { visits, date } = props;
  const time = formatTime(visits[0]!.createdAt, lang);
  const message = date === localDate()
    ? t('deskForms.visit.sameDay.today', { count: visits.length, time })
    : t('deskForms.visit.sameDay.onDay', { count: visits.length, time, date: formatDay(date, lang) });
  return (
    <div className="panel panel--warning stack stack--tight same-day" data-invalid={props.refused ? '' : undefined}>
      <p id={`${id}-text`} className="same-day__text">
        <span aria-hidden="true">⚠ </span>
        {message}
      </p>
      <label className="chip">
        <input ref={props.checkbox} type="checkbox" checked={props.confirmed} onChange={(e) => props.onConfirm(e.target.checked)}
          aria-describedby={props.refused ? `${id}-text ${id}-error` : `${id}-text`} aria-invalid={props.refused ? true : undefined} />
        <span>{t('deskForms.visit.sameDay.confirm')}</span>
      </label>
      <div role="alert">
        {props.refused && <p id={`${id}-error`} className="field-error">{t('deskForms.visit.sameDay.confirmFirst')}</p>}
      </div>
    </div>
  );
}
