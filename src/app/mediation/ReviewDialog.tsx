import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDef, FormDef } from '../../forms/types.ts';
import { vocabularyNamed } from '../../forms/text.ts';
import { isLongList, optionCodes } from '../ui/renderer/fields/options';
import { catalogueText, targetKey, useFormText, type TextTarget } from '../ui/renderer/FormLanguage';
import { db } from '../data/db';
import { useAuthor } from '../session/SessionContext';
import { saveCorrection, type CorrectionTarget } from './corrections';
import './review.css';

/**
 * A mediator reviews the translation of one question into her language: the question and its
 * options, each with the operator's text beside it. Each can be confirmed as right, or given
 * the text it should have; the word is stored for the site at once (a synced record).
 */
export function ReviewDialog({ form, field, onClose }: { form: FormDef; field: FieldDef; onClose: () => void }) {
  const { t } = useTranslation();
  const f = useFormText();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
    };
  }, []);

  const targets: TextTarget[] = [{ kind: 'label', formId: form.id, fieldId: field.id }];
  const vocabulary = field.type === 'boolean' ? vocabularyNamed('yesNoUnknown') : vocabularyNamed(field.vocabulary ?? '');
  if (vocabulary && (field.type === 'boolean' || !isLongList(vocabulary))) {
    const codes = field.type === 'boolean' ? ['yes', 'no'] : optionCodes(vocabulary);
    targets.push(...codes.map((code) => ({ kind: 'option' as const, vocabulary: vocabulary.name, code })));
  }

  return (
    <dialog ref={dialog} className="review-dialog" aria-labelledby={headingId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}>
      <div className="toolbar review-dialog__head">
        <h2 id={headingId}>{t('mediation.review.title', { question: f.text(targets[0]!, f.operator) })}</h2>
        <button type="button" className="button" onClick={onClose}>
          <span aria-hidden="true">✕ </span>
          {t('mediation.review.close')}
        </button>
      </div>
      <p className="hint">{t('mediation.review.hint')}</p>
      <ul className="stack plain-list">
        {targets.map((target) => (
          <li key={targetKey(target)}>
            <ReviewRow formId={form.id} target={target} />
          </li>
        ))}
      </ul>
    </dialog>
  );
}

function ReviewRow({ formId, target }: { formId: string; target: TextTarget }) {
  const { t } = useTranslation();
  const f = useFormText();
  const author = useAuthor();
  const lang = f.beneficiary;
  const shown = f.text(target, lang) ?? '';
  const original = catalogueText(target, lang) ?? '';
  const [text, setText] = useState(shown);
  const [saved, setSaved] = useState<'confirmed' | 'proposed' | 'failed' | null>(null);
  const inputId = useId();
  const correctionTarget: CorrectionTarget = target.kind === 'option'
    ? { formId, vocabulary: target.vocabulary, code: target.code }
    : { formId, fieldId: target.kind === 'title' ? '' : target.fieldId };

  const save = (status: 'confirmed' | 'proposed') => {
    const value = status === 'confirmed' ? shown : text.trim();
    if (!value) return;
    saveCorrection(db, author, correctionTarget, lang, value, status).then(
      () => setSaved(status),
      (error: unknown) => {
        console.error(error);
        setSaved('failed');
      },
    );
  };

  return (
    <fieldset className="stack stack--tight panel review-row">
      <legend lang={f.operator} dir={f.dir(f.operator)}>{f.text(target, f.operator)}</legend>
      <p className="review-row__shown">
        <span className="review-row__caption">{t('mediation.review.shown')} </span>
        <span lang={lang} dir={f.dir(lang)} data-column="beneficiary">{shown}</span>
        {shown !== original && (
          <span className="hint">
            {' '}({t('mediation.review.catalogue')} <span lang={lang} dir={f.dir(lang)}>{original}</span>)
          </span>
        )}
      </p>
      <div className="field">
        <label htmlFor={inputId}>{t('mediation.review.proposal')}</label>
        <input id={inputId} type="text" lang={lang} dir={f.dir(lang)} value={text} maxLength={1000}
          onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="review-row__actions">
        <button type="button" className="button" onClick={() => save('confirmed')}>
          <span aria-hidden="true">✓ </span>
          {t('mediation.review.confirm')}
        </button>
        <button type="button" className="button button--primary" disabled={text.trim() === '' || text.trim() === shown}
          onClick={() => save('proposed')}>
          {t('mediation.review.propose')}
        </button>
      </div>
      <p role="status" className="review-row__status">
        {saved === 'confirmed' && t('mediation.review.savedConfirmed')}
        {saved === 'proposed' && t('mediation.review.savedProposed')}
        {saved === 'failed' && <span className="field-error">{t('mediation.review.failed')}</span>}
      </p>
    </fieldset>
  );
}
