import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { deleteVisit } from '../../../db/visitWrites.ts';
import { mayCorrectVisit } from '../../../domain/policy/visitCorrections.ts';
import type { Visit } from '../../../domain/records/visit.ts';
import { db } from '../../data/db';
import { deskPaths } from '../../routes/desk';
import { useAuthor } from '../../session/SessionContext';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDay, useLang } from '../../ui/format';

/**
 * "Edit" and "Delete" under a visit of the person's timeline, for a visit of the desk's site
 * (mayCorrectVisit). Deleting asks first; once deleted the entry leaves the live timeline,
 * and `onDeleted` moves focus and says so, since this component goes with it.
 */
export function VisitActions({ visit, onDeleted }: { visit: Visit; onDeleted: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const author = useAuthor();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  // Back to "Delete" once the dialog has closed: while it is open, the page behind it is inert.
  useEffect(() => {
    if (asking || !cancelled.current) return;
    cancelled.current = false;
    deleteButton.current?.focus();
  }, [asking]);
  if (!mayCorrectVisit(visit, author)) return null;

  // Each button names its visit for a screen reader, which hears them out of the list.
  const which = <span className="visually-hidden"> {t('deskForms.visit.which', { date: formatDay(visit.date, lang) })}</span>;
  const close = () => {
    cancelled.current = true;
    setAsking(false);
    setFailed(false);
  };
  const confirm = () => {
    setBusy(true);
    deleteVisit(db, author, visit.id).then(
      () => {
        // One render closes the dialog and lets the page move focus (this entry is leaving).
        setAsking(false);
        onDeleted();
      },
      (error: unknown) => {
        console.error(error);
        setBusy(false);
        setFailed(true);
      },
    );
  };

  return (
    <div className="visit-entry__actions">
      <Link href={deskPaths.editVisit(visit.personId, visit.id)} className="button">
        {t('deskForms.visit.edit')}
        {which}
      </Link>
      <button ref={deleteButton} type="button" className="button" onClick={() => setAsking(true)}>
        {t('deskForms.visit.delete')}
        {which}
      </button>
      {asking && (
        <ConfirmDialog title={t('deskForms.visit.deleteTitle', { date: formatDay(visit.date, lang) })}
          confirmLabel={busy ? t('deskForms.visit.deleting') : t('deskForms.visit.deleteConfirm')} cancelLabel={t('deskForms.form.cancel')}
          busy={busy} error={failed ? t('deskForms.visit.deleteFailed') : null} onConfirm={confirm} onCancel={close}>
          <p>{t('deskForms.visit.deleteBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
