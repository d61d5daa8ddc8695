import './i18n';
import '../ui/form/i18n';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { createWithHistory, updateWithHistory } from '../../db/history.ts';
import { getRecord, RecordValidationError } from '../../db/repository.ts';
import { localDate } from '../../domain/dates.ts';
import type { Person } from '../../domain/records/person.ts';
import type { FieldError } from '../../domain/validation.ts';
import { FORM_CATALOGUES, FORM_LANGUAGES, formLanguageDir } from '../../forms/catalogues.ts';
import { formTitle } from '../../forms/text.ts';
import { withoutUndefined } from '../../domain/equality.ts';
import type { FieldValue, FormValues } from '../../forms/values.ts';
import { ScreenHeading } from '../ui/ScreenHeading';
import { db } from '../data/db';
import { syncEngine } from '../data/sync';
import { focusFirstInvalid } from '../ui/form/FieldErrors';
import { DraftRestored } from '../ui/form/FormFooter';
import { formatInstant, useLang } from '../ui/format';
import { deskPaths } from '../routes/desk';
import { PersonNotFound } from '../ui/PersonNotFound';
import { fullName } from '../ui/PersonSummary';
import { useAutosave, useDraftForm, type LoadedDraft } from '../ui/form/useDraft';
import { FormAnswers } from '../ui/renderer/FormAnswers';
import { FormLanguage } from '../ui/renderer/FormLanguage';
import { FormRenderer } from '../ui/renderer/FormRenderer';
import { firstPerPath } from '../../forms/validate';
import { useAuthor } from '../session/SessionContext';
import { useOverrides } from './corrections';
import {
  errorsOfForm, firstFormWithErrors, freshPersonAnswers, PERSON_FORMS, personAnswerErrors, personFormFields,
  personFromAnswers, withAnswer,
} from '../../forms/personForm';
import { OwnName, ReviewedBadge, useLanguageName } from './LanguageBits';
import { PresentationMode } from './PresentationMode';
import { PrivacyNotice } from '../ui/renderer/PrivacyNotice';
import { ReviewDialog } from './ReviewDialog';
import '../ui/form/form.css';
import './mediation.css';

/**
 * Registration with a mediator: she chooses her language, then the registration,
 * household and consent forms follow one another, each question side by side in the operator's
 * language and in hers (or one at a time, full screen, in presentation mode). The answers are
 * codes, so the person record is the same whatever language was used; switching language
 * mid-form keeps every answer. Kept as a draft on the device until saved.
 */
const SHAPE = 1;
const draftKey = (personId: string | undefined) => (personId ? `mediation.intake.${personId}` : 'mediation.intake');

export interface IntakeState {
  /** Her language (a form catalogue); null until chosen. */
  language: string | null;
  /** -1: choosing the language; then the index of the form in PERSON_FORMS. */
  step: number;
  values: FormValues;
}

export default function IntakeScreen({ params }: { params: { id?: string } }) {
  const { t } = useTranslation();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const person = useLiveQuery(async () => (id ? ((await getRecord(db, 'people', id)) ?? null) : null), [id]);
  if (id !== undefined && person === undefined) return <p className="screen-loading" role="status">{t('app.loading')}</p>;
  if (id !== undefined && person === null) return <PersonNotFound />;
  return <IntakeLoader base={person ?? undefined} />;
}

function IntakeLoader({ base: current }: { base: Person | undefined }) {
  const { t } = useTranslation();
  // The answers start from the record as it was when the intake began.
  const [base] = useState(current);
  const fresh = useCallback((): IntakeState => ({ language: null, step: -1, values: freshPersonAnswers(localDate(), { base }) }), [base]);
  const draft = useDraftForm(draftKey(base?.id), SHAPE, fresh);
  return (
    <section className="screen intake-screen">
      <ScreenHeading>{base ? t('mediation.intake.titlePerson', { name: fullName(base) }) : t('mediation.intake.title')}</ScreenHeading>
      {base && (
        <details className="card on-record">
          <summary>{t('mediation.intake.onRecord')}</summary>
          {PERSON_FORMS.map((form) => (
            <FormAnswers key={form.id} form={form} record={base} version={form.id === 'registration' ? base.formVersion : undefined} />
          ))}
        </details>
      )}
      {draft.loaded ? (
        <IntakeForm key={draft.generation} base={base} loaded={draft.loaded} fresh={fresh} onDiscarded={draft.startAgain} />
      ) : (
        <p className="screen-loading" role="status">{t('app.loading')}</p>
      )}
    </section>
  );
}

type FocusRequest = { target: 'heading' | 'invalid'; n: number };

function IntakeForm(props: { base: Person | undefined; loaded: LoadedDraft<IntakeState>; fresh: () => IntakeState; onDiscarded: () => void }) {
  const { base, loaded, fresh, onDiscarded } = props;
  const { t } = useTranslation();
  const operator = useLang();
  const author = useAuthor();
  const [, navigate] = useLocation();
  const [state, setState] = useState(loaded.form);
  const pristine = useMemo(fresh, [fresh]);
  const autosave = useAutosave(draftKey(base?.id), SHAPE, state, pristine);
  const [checked, setChecked] = useState<number[]>([]);
  const [recordErrors, setRecordErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const [reviewing, setReviewing] = useState(false);
  const [reviewField, setReviewField] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusRequest>({ target: 'heading', n: 0 });
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const presentButton = useRef<HTMLButtonElement>(null);
  const idPrefix = useId();

  const language = state.language ?? operator;
  const overrides = useOverrides([operator, language]);
  const step = Math.max(0, Math.min(state.step, PERSON_FORMS.length - 1));
  const form = PERSON_FORMS[step]!;
  const last = step === PERSON_FORMS.length - 1;

  const fields = personFromAnswers(state.values, { operatorId: author.operatorId, language, base, noticeShown: true });
  const allErrors = personAnswerErrors(state.values, fields, localDate());
  const shownErrors = checked.includes(step)
    ? firstPerPath([...errorsOfForm(allErrors, form), ...errorsOfForm(recordErrors, form)])
    : [];

  useEffect(() => {
    if (focus.n === 0) return;
    if (focus.target === 'invalid') focusFirstInvalid(formRef.current);
    else headingRef.current?.focus();
  }, [focus]);

  const requestFocus = (target: FocusRequest['target']) => setFocus((f) => ({ target, n: f.n + 1 }));
  const setValue = useCallback((fieldId: string, value: FieldValue) => {
    setState((s) => ({ ...s, values: withAnswer(s.values, fieldId, value) }));
    setRecordErrors((errors) => errors.filter((e) => !e.path.startsWith(fieldId)));
  }, []);
  const goTo = (index: number, target: FocusRequest['target'] = 'heading') => {
    setState((s) => ({ ...s, step: index }));
    requestFocus(target);
  };

  const save = async () => {
    setSaving(true);
    setFailed(false);
    try {
      const person = base
        ? await updateWithHistory(db, author, 'people', base.id, fields)
        : await createWithHistory(db, author, 'people', withoutUndefined(fields));
      await autosave.finish();
      void syncEngine.refreshStatus();
      navigate(`${deskPaths.person(person.id)}?saved=${base ? 'person' : 'registered'}`);
    } catch (error) {
      setSaving(false);
      if (error instanceof RecordValidationError) {
        setRecordErrors(error.errors);
        const index = firstFormWithErrors(error.errors);
        setChecked((c) => [...c, index]);
        goTo(index, 'invalid');
      } else {
        console.error(error);
        setFailed(true);
      }
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    if (errorsOfForm(allErrors, form).length > 0) {
      setChecked((c) => [...c, step]);
      requestFocus('invalid');
      return;
    }
    if (!last) {
      goTo(step + 1);
      return;
    }
    const index = firstFormWithErrors(allErrors);
    if (index !== -1) {
      setChecked((c) => [...c, index]);
      goTo(index, 'invalid');
      return;
    }
    void save();
  };

  const discard = loaded.restoredAt && (
    <DraftRestored at={loaded.restoredAt} onDiscard={() => void autosave.finish().then(onDiscarded)} />
  );

  if (state.language === null || state.step < 0) {
    return (
      <>
        {discard}
        <LanguageChoice current={state.language}
          onChoose={(lang) => {
            setState((s) => ({ ...s, language: lang, step: 0 }));
            requestFocus('heading');
          }} />
      </>
    );
  }

  const reviewDef = reviewField ? personFormFields(form).find((f) => f.id === reviewField) : undefined;
  return (
    <FormLanguage operator={operator} beneficiary={language} mode="sideBySide" overrides={overrides}
      review={reviewing ? (_formId: string, fieldId: string) => setReviewField(fieldId) : undefined}>
      {discard}
      <IntakeToolbar language={language} onLanguage={(lang) => setState((s) => ({ ...s, language: lang }))}
        reviewing={reviewing} onReviewing={setReviewing} presentButton={presentButton} onPresent={() => setPresenting(true)} />
      <form ref={formRef} className="desk-form intake-form" onSubmit={onSubmit} noValidate>
        <StepList step={step} onStep={(i) => goTo(i)} />
        <h2 ref={headingRef} tabIndex={-1} className="intake-form__heading">
          {t('mediation.intake.step', { n: step + 1, total: PERSON_FORMS.length, title: formTitle(form.id, operator) ?? form.id })}
        </h2>
        <ColumnsHead operator={operator} language={language} />
        {form.id === 'consent' && <PrivacyNotice />}
        <p className="hint">{t('formRenderer.requiredNote')}</p>
        <FormRenderer key={form.id} form={form} values={state.values} onChange={setValue} errors={shownErrors} idPrefix={`${idPrefix}-${form.id}`} />
        <div className="form-footer">
          <div role="alert" className="form-footer__alert">
            {shownErrors.length > 0 && <p className="field-error">{t('mediation.intake.checkFields', { count: shownErrors.length })}</p>}
            {failed && <p className="field-error">{t('mediation.intake.saveFailed')}</p>}
          </div>
          <div className="form-footer__actions">
            {step > 0 && (
              <button type="button" className="button button--large" onClick={() => goTo(step - 1)}>
                <span aria-hidden="true">← </span>
                {t('mediation.intake.back')}
              </button>
            )}
            <button type="submit" className="button button--primary button--large" disabled={saving}>
              {saving ? t('mediation.intake.saving') : last ? t(base ? 'mediation.intake.saveChanges' : 'mediation.intake.save') : t('mediation.intake.next')}
            </button>
            {base && (
              <Link href={deskPaths.person(base.id)} className="button button--large" onClick={() => void autosave.finish()}>
                {t('mediation.intake.cancel')}
              </Link>
            )}
          </div>
          <p className="hint draft-status">
            {autosave.savedAt ? t('mediation.intake.draftSaved', { time: formatInstant(autosave.savedAt, operator) }) : t('mediation.intake.draftInfo')}
          </p>
        </div>
      </form>
      {presenting && (
        <PresentationMode form={form} values={state.values} onChange={setValue} errors={shownErrors} withNotice={form.id === 'consent'}
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

/** Her language first: each by its own name, with whether a mediator has reviewed it. */
function LanguageChoice({ current, onChoose }: { current: string | null; onChoose: (lang: string) => void }) {
  const { t } = useTranslation();
  const name = useLanguageName();
  const headingId = useId();
  return (
    <section className="card language-choice" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mediation.language.choose')}</h2>
      <p className="hint">{t('mediation.language.chooseHint')}</p>
      <ul className="language-choice__list">
        {FORM_LANGUAGES.map((lang) => (
          <li key={lang}>
            <button type="button" className="button language-choice__button" aria-pressed={current === lang}
              data-lang={lang} onClick={() => onChoose(lang)}>
              <OwnName lang={lang} />
              <span className="language-choice__operator">{name(lang)}</span>
              <ReviewedBadge lang={lang} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Her language (switchable at any point: the answers stay), presentation mode, translation review. */
function IntakeToolbar(props: {
  language: string;
  onLanguage: (lang: string) => void;
  reviewing: boolean;
  onReviewing: (on: boolean) => void;
  presentButton: RefObject<HTMLButtonElement | null>;
  onPresent: () => void;
}) {
  const { t } = useTranslation();
  const name = useLanguageName();
  const selectId = useId();
  return (
    <div className="intake-toolbar" role="group" aria-label={t('mediation.intake.toolbar')}>
      <div className="intake-toolbar__language">
        <label htmlFor={selectId}>{t('mediation.language.herLanguage')}</label>
        <select id={selectId} value={props.language} onChange={(e) => props.onLanguage(e.target.value)}>
          {FORM_LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {`${name(lang)} — ${FORM_CATALOGUES[lang]?.meta.name ?? lang}`}
            </option>
          ))}
        </select>
        <ReviewedBadge lang={props.language} />
      </div>
      <div className="intake-toolbar__actions">
        <button ref={props.presentButton} type="button" className="button" onClick={props.onPresent}>
          <span aria-hidden="true">⤢ </span>
          {t('mediation.intake.present')}
        </button>
        <button type="button" className="button" aria-pressed={props.reviewing} onClick={() => props.onReviewing(!props.reviewing)}>
          <span aria-hidden="true">✎ </span>
          {t('mediation.intake.reviewTranslations')}
        </button>
      </div>
    </div>
  );
}

/** Which language each column is in, above the questions. */
function ColumnsHead({ operator, language }: { operator: string; language: string }) {
  const { t } = useTranslation();
  const name = useLanguageName();
  if (operator === language) return null;
  return (
    <p className="bi bi--sideBySide columns-head">
      <span className="bi__col bi__col--operator" data-column="operator" lang={operator} dir="ltr">
        {t('mediation.intake.operatorColumn', { language: name(operator) })}
      </span>
      <span className="bi__col bi__col--beneficiary" data-column="beneficiary" lang={language} dir={formLanguageDir(language)}>
        <OwnName lang={language} />
      </span>
    </p>
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
