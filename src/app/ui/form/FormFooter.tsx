import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatInstant, useLang } from '../format';
import './form.css';

/**
 * The bottom of a desk form: the save button, a cancel link (leaving drops the draft), a line
 * that says the draft is kept on the device, and what went wrong if saving failed.
 */
export function FormFooter(props: {
  saveLabel: string;
  saving: boolean;
  errorCount: number;
  failed: boolean;
  draftSavedAt: string | null;
  /** Where "Cancel" leads; `onCancel` runs as she leaves. */
  cancelTo?: string;
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="stack stack--tight panel form-footer">
      <div role="alert" className="form-footer__alert">
        {props.errorCount > 0 && <p className="field-error">{t('deskForms.form.checkFields', { count: props.errorCount })}</p>}
        {props.failed && <p className="field-error">{t('deskForms.form.saveFailed')}</p>}
      </div>
      <div className="form-footer__actions">
        <button type="submit" className="button button--primary button--large" disabled={props.saving}>
          {props.saving ? t('deskForms.form.saving') : props.saveLabel}
        </button>
        {props.cancelTo !== undefined && (
          <Link href={props.cancelTo} className="button" onClick={props.onCancel}>
            {t('deskForms.form.cancel')}
          </Link>
        )}
        {props.children}
      </div>
      <p className="hint draft-status">
        {props.draftSavedAt ? t('deskForms.form.draftSaved', { time: formatInstant(props.draftSavedAt, lang) }) : t('deskForms.form.draftInfo')}
      </p>
    </div>
  );
}

/** Shown when a form reopens with what was typed before a reload or a crash. */
export function DraftRestored({ at, onDiscard }: { at: string; onDiscard: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="toolbar panel panel--notice draft-restored" role="status">
      <p>{t('deskForms.form.draftRestored', { time: formatInstant(at, lang) })}</p>
      <button type="button" className="button" onClick={onDiscard}>
        {t('deskForms.form.discard')}
      </button>
    </div>
  );
}
