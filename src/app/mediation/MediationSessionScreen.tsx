import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { pathwaysOfPerson } from '../../db/pathways.ts';
import { createRecord, getRecord } from '../../db/repository.ts';
import { localDate } from '../../domain/dates.ts';
import type { Person } from '../../domain/records/person.ts';
import { mediationSettings } from '../../domain/vocab/activities.ts';
import { languages } from '../../domain/vocab/geo.ts';
import { pathwayStatuses } from '../../domain/vocab/pathways.ts';
import { ScreenHeading } from '../ui/ScreenHeading';
import { db } from '../data/db';
import { useOperators } from '../data/useDirectory';
import { useLiveQuery } from '../data/useLiveQuery';
import { RadioGroup } from '../ui/form/ChoiceGroup';
import { ErrorText, SelectField, TextAreaField, TextField } from '../ui/form/Field';
import { FormFields, useField } from '../ui/form/FieldErrors';
import { DraftLoader, type OpenDraft } from '../ui/form/DraftLoader';
import { FormFooter } from '../ui/form/FormFooter';
import { vocabOptions } from '../ui/form/options';
import { formatDay, useLang } from '../ui/format';
import { deskPaths } from '../routes/desk';
import { PersonNotFound } from '../ui/PersonNotFound';
import { fullName } from '../ui/PersonSummary';
import { useDraftedForm } from '../ui/form/useDraftedForm';
import { FREQUENT } from '../ui/renderer/fields/options';
import { useSession } from '../session/SessionContext';
import { mediationPaths } from '../routes/mediation';
import { PersonPicker } from './PersonPicker';
import { freshSessionForm, sessionErrors, sessionFields, type SessionForm } from './sessionForm';
import './mediation.css';

/**
 * Recording a mediation session, from a person's page (she is set) or from the mediation log
 * (she can be looked up, or left out). The mediator is the logged-in user unless changed; the
 * duration is asked in hours and minutes and stored in minutes.
 */
const SHAPE = 1;

export default function MediationSessionScreen({ params }: { params: { id?: string } }) {
  const { t } = useTranslation();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const person = useLiveQuery(async () => (id ? ((await getRecord(db, 'people', id)) ?? null) : null), [id]);
  if (id !== undefined && person === undefined) return <p className="screen-loading" role="status">{t('app.loading')}</p>;
  if (id !== undefined && person === null) return <PersonNotFound />;
  return <SessionLoader person={person ?? undefined} />;
}

function SessionLoader({ person }: { person: Person | undefined }) {
  const { t } = useTranslation();
  const { session } = useSession();
  return (
    <section className="screen desk-form-screen">
      <ScreenHeading>{person ? t('mediation.session.titlePerson', { name: fullName(person) }) : t('mediation.session.title')}</ScreenHeading>
      <DraftLoader draftKey={`mediation.session.${person?.id ?? 'new'}`} shape={SHAPE}
        fresh={() => freshSessionForm(session.user.id, localDate(), person)}>
        {(draft) => <SessionFormView person={person} draft={draft} />}
      </DraftLoader>
    </section>
  );
}

function SessionFormView({ person, draft }: { person: Person | undefined; draft: OpenDraft<SessionForm> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { session } = useSession();
  const author = { operatorId: session.user.id, siteId: session.siteId };
  const { form, setForm, submit, ...f } = useDraftedForm(draft, {
    check: (mediation) => sessionErrors(sessionFields(mediation), localDate()),
    save: async (mediation) => {
      await createRecord(db, author, 'mediations', sessionFields(mediation));
      return person ? `${deskPaths.person(person.id)}?saved=mediation` : `${mediationPaths.log}?saved=session`;
    },
  });
  const change = (patch: Partial<SessionForm>) => setForm((s) => ({ ...s, ...patch }));
  const idPrefix = useId();

  const operators = useOperators();
  const pathways = useLiveQuery(async () => (form.personId ? pathwaysOfPerson(db, form.personId) : []), [form.personId]);
  const chosen = useLiveQuery(async () => (form.personId ? ((await getRecord(db, 'people', form.personId)) ?? null) : null), [form.personId]);

  const mediators = [
    { value: session.user.id, label: session.user.displayName },
    ...(operators ?? [])
      .filter((o) => !o.deleted && o.active && o.id !== session.user.id && (o.role === 'mediator' || o.id === form.mediatorId))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, lang))
      .map((o) => ({ value: o.id, label: o.displayName })),
  ];
  const languageOptions = vocabOptions(languages, lang, [form.language], true);
  const frequent = (FREQUENT.languages ?? []).map((code) => ({ value: code, label: languages.label(code, lang) }));

  return (
    <>
      {f.restored}
      <form ref={submit.formRef} className="desk-form mediation-session-form" onSubmit={submit.onSubmit} noValidate>
        <p className="hint">{t('deskForms.form.requiredNote')}</p>
        <FormFields idPrefix={idPrefix} errors={submit.errors}>
          <div className="field-row">
            <SelectField path="mediatorId" label={t('mediation.session.mediator')} required value={form.mediatorId}
              options={mediators} onChange={(mediatorId) => change({ mediatorId })} />
            <TextField path="date" label={t('mediation.session.date')} required value={form.date}
              onChange={(date) => change({ date })} input={{ type: 'date', max: localDate() }} />
          </div>
          {person ? (
            <p className="field">
              <span className="field__label">{t('mediation.session.person')}</span>
              <span>{fullName(person)}</span>
            </p>
          ) : (
            <PersonPicker chosen={chosen ?? undefined}
              onChoose={(p) => change({ personId: p?.id ?? '', pathwayId: '', language: form.language || (p ? (p.languages.find((l) => l !== 'it') ?? '') : '') })} />
          )}
          {pathways && pathways.length > 0 && (
            <SelectField path="pathwayId" label={t('mediation.session.pathway')} value={form.pathwayId}
              emptyLabel={t('mediation.session.noPathway')} onChange={(pathwayId) => change({ pathwayId })}
              options={pathways.map((p) => ({
                value: p.id,
                label: t('mediation.session.pathwayOption', { date: formatDay(p.openedOn, lang), status: pathwayStatuses.label(p.status, lang) }),
              }))} />
          )}
          <SelectField path="language" label={t('mediation.session.language')} required value={form.language}
            emptyLabel={t('mediation.session.chooseLanguage')} options={languageOptions} frequent={frequent}
            onChange={(language) => change({ language })} />
          <RadioGroup path="setting" legend={t('mediation.session.setting')} required
            options={vocabOptions(mediationSettings, lang, [form.setting])} value={form.setting} onChange={(setting) => change({ setting })} />
          <DurationField hours={form.hours} minutes={form.minutes} onChange={change} />
          <TextAreaField path="note" label={t('mediation.session.note')} value={form.note} maxLength={2000}
            onChange={(note) => change({ note })} />
        </FormFields>
        <FormFooter saveLabel={t('mediation.session.save')} {...f.footer}>
          <Link href={person ? deskPaths.person(person.id) : mediationPaths.log} className="button button--large" onClick={f.leave}>
            {t('deskForms.form.cancel')}
          </Link>
        </FormFooter>
      </form>
    </>
  );
}

/** The duration as hours and minutes (stored as minutes). */
function DurationField({ hours, minutes, onChange }: { hours: string; minutes: string; onChange: (patch: Partial<SessionForm>) => void }) {
  const { t } = useTranslation();
  const field = useField('minutes');
  const hoursId = useId();
  const minutesId = useId();
  const invalid = field.error ? true : undefined;
  const describedBy = [`${field.id}-hint`, field.error ? field.errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset id={field.id} className="field duration-field" data-invalid={field.error ? '' : undefined}>
      <legend>
        {t('mediation.session.duration')}
        <span className="required-mark" aria-hidden="true"> *</span>
      </legend>
      <p id={`${field.id}-hint`} className="hint">{t('mediation.session.durationHint')}</p>
      <div className="duration-field__inputs">
        <label htmlFor={hoursId}>
          <input id={hoursId} type="text" inputMode="numeric" maxLength={2} value={hours} aria-invalid={invalid}
            aria-describedby={describedBy} aria-required onChange={(e) => onChange({ hours: e.target.value })} />
          <span>{t('mediation.session.hours')}</span>
        </label>
        <label htmlFor={minutesId}>
          <input id={minutesId} type="text" inputMode="numeric" maxLength={2} value={minutes} aria-invalid={invalid}
            aria-describedby={describedBy} onChange={(e) => onChange({ minutes: e.target.value })} />
          <span>{t('mediation.session.minutes')}</span>
        </label>
      </div>
      <ErrorText field={field} />
    </fieldset>
  );
}
