import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Person } from '../../../domain/records/person.ts';
import { PERSON_FORMS, personFormFields } from '../../../forms/personForm';
import { formTitle } from '../../../forms/text.ts';
import { deskPaths } from '../../routes/desk';
import type { OpenDraft } from '../../ui/form/DraftLoader';
import { useOpenDraft } from '../../ui/form/useDraftedForm';
import { formatInstant, useLang } from '../../ui/format';
import { FormLanguage } from '../../ui/renderer/FormLanguage';
import { FormRenderer } from '../../ui/renderer/FormRenderer';
import { PrivacyNotice } from '../../ui/renderer/PrivacyNotice';
import { useOverrides } from '../corrections';
import { PresentationMode } from '../PresentationMode';
import { ReviewDialog } from '../ReviewDialog';
import { ColumnsHead, IntakeToolbar, LanguageChoice } from './IntakeLanguage';
import { useIntakeSteps, type IntakeState } from './useIntakeSteps';

/**
 * The intake once its draft is read: her language, then one form at a time, side by side in
 * the operator's language and hers, with presentation mode and translation review at hand.
 */
export function IntakeForm({ base, draft }: { base: Person | undefined; draft: OpenDraft<IntakeState> }) {
  const { t } = useTranslation();
  const operator = useLang();
  const open = useOpenDraft(draft);
  const flow = useIntakeSteps({ base, open });
  const overrides = useOverrides([operator, flow.language]);
  const [presenting, setPresenting] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [reviewField, setReviewField] = useState<string | null>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  const idPrefix = useId();
  const { step, form, last, shownErrors } = flow;

  if (flow.choosing) {
    return (
      <>
        {open.restored}
        <LanguageChoice current={flow.chosenLanguage} onChoose={flow.chooseLanguage} />
      </>
    );
  }

  const reviewDef = reviewField ? personFormFields(form).find((f) => f.id === reviewField) : undefined;
  return (
    <FormLanguage operator={operator} beneficiary={flow.language} mode="sideBySide" overrides={overrides}
      review={reviewing ? (_formId: string, fieldId: string) => setReviewField(fieldId) : undefined}>
      {open.restored}
      <IntakeToolbar language={flow.language} onLanguage={flow.switchLanguage}
        reviewing={reviewing} onReviewing={setReviewing} presentButton={presentButton} onPresent={() => setPresenting(true)} />
      <form ref={flow.formRef} className="desk-form intake-form" onSubmit={flow.onSubmit} noValidate>
        <StepList step={step} onStep={(i) => flow.goTo(i)} />
        <h2 ref={flow.headingRef} tabIndex={-1} className="intake-form__heading">
          {t('mediation.intake.step', { n: step + 1, total: PERSON_FORMS.length, title: formTitle(form.id, operator) ?? form.id })}
        </h2>
        <ColumnsHead operator={operator} language={flow.language} />
        {form.id === 'consent' && <PrivacyNotice />}
        <p className="hint">{t('formRenderer.requiredNote')}</p>
        <FormRenderer key={form.id} form={form} values={flow.values} onChange={flow.setValue} errors={shownErrors} idPrefix={`${idPrefix}-${form.id}`} />
        <div className="stack stack--tight panel form-footer">
          <div role="alert" className="form-footer__alert">
            {shownErrors.length > 0 && <p className="field-error">{t('mediation.intake.checkFields', { count: shownErrors.length })}</p>}
            {flow.failed && <p className="field-error">{t('mediation.intake.saveFailed')}</p>}
          </div>
          <div className="form-footer__actions">
            {step > 0 && (
              <button type="button" className="button button--large" onClick={() => flow.goTo(step - 1)}>
                <span aria-hidden="true">← </span>
                {t('mediation.intake.back')}
              </button>
            )}
            <button type="submit" className="button button--primary button--large" disabled={flow.saving}>
              {flow.saving ? t('mediation.intake.saving') : last ? t(base ? 'mediation.intake.saveChanges' : 'mediation.intake.save') : t('mediation.intake.next')}
            </button>
            {base && (
              <Link href={deskPaths.person(base.id)} className="button button--large" onClick={open.leave}>
                {t('mediation.intake.cancel')}
              </Link>
            )}
          </div>
          <p className="hint draft-status">
            {open.draftSavedAt ? t('mediation.intake.draftSaved', { time: formatInstant(open.draftSavedAt, operator) }) : t('mediation.intake.draftInfo')}
          </p>
        </div>
      </form>
      {presenting && (
        <PresentationMode form={form} values={flow.values} onChange={flow.setValue} errors={shownErrors} withNotice={form.id === 'consent'}
          onClose={() => {
            setPresenting(false);
            requestAnimationFrame(() => presentButton.current?.focus());
          }} />
      )}
      {reviewDef && (
        <ReviewDialog form={form} field={reviewDef} onClose={() => setReviewField(null)} />
      )}
    </FormLanguage>
  );
}

/** Where she is in the intake: the three forms, the current one marked. */
function StepList({ step, onStep }: { step: number; onStep: (index: number) => void }) {
  const { t } = useTranslation();
  const operator = useLang();
  return (
    <nav aria-label={t('mediation.intake.steps')}>
      <ol className="intake-steps">
        {PERSON_FORMS.map((form, i) => (
          <li key={form.id} aria-current={i === step ? 'step' : undefined}>
            {i < step ? (
              <button type="button" className="intake-steps__link" onClick={() => onStep(i)}>
                {`${i + 1}. ${formTitle(form.id, operator) ?? form.id}`}
              </button>
            ) : (
              <span>{`${i + 1}. ${formTitle(form.id, operator) ?? form.id}`}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
