import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { reopenPathway } from '../../../db/pathways.ts';
import type { Pathway } from '../../../domain/records/pathway.ts';
import type { FieldError } from '../../../domain/validation.ts';
import { db } from '../../data/db';
import { FormFields } from '../../ui/form/FieldErrors';
import { useFormSubmit } from '../../ui/form/useFormSubmit';
import { useAuthor } from '../../session/SessionContext';
import { RequiredTextArea } from '../components/RequiredTextArea';
import { pathwayPaths } from '../../routes/pathways';

/** A closed pathway is reopened with a reason, recorded on the pathway. */
export function ReopenForm({ pathway }: { pathway: Pathway }) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const author = useAuthor();
  const [, navigate] = useLocation();
  const [reason, setReason] = useState('');
  const submit = useFormSubmit({
    check: (): FieldError[] => {
      const text = reason.trim();
      if (text === '') return [{ path: 'reopenReason', key: 'required' }];
      return text.length > 1000 ? [{ path: 'reopenReason', key: 'too_long' }] : [];
    },
    save: async () => {
      await reopenPathway(db, author, pathway.id, reason.trim());
      setReason('');
      navigate(`${pathwayPaths.pathway(pathway.id)}?saved=reopened`, { replace: true });
    },
  });
  return (
    <section className="card" aria-labelledby="pathway-reopen">
      <h2 id="pathway-reopen">{t('paths.reopen.title')}</h2>
      <form ref={submit.formRef} className="desk-form reopen-form" onSubmit={submit.onSubmit} noValidate>
        <FormFields idPrefix={idPrefix} errors={submit.errors}>
          <RequiredTextArea path="reopenReason" label={t('paths.reopen.reason')} value={reason} maxLength={1000} onChange={setReason} />
        </FormFields>
        <div role="alert">{submit.failed && <p className="field-error">{t('deskForms.form.saveFailed')}</p>}</div>
        <div>
          <button type="submit" className="button" disabled={submit.saving}>{t('paths.reopen.save')}</button>
        </div>
      </form>
    </section>
  );
}
