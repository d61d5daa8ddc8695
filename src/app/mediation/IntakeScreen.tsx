import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getRecord } from '../../db/repository.ts';
import type { Person } from '../../domain/records/person.ts';
import { PERSON_FORMS } from '../../forms/personForm';
import { ScreenHeading } from '../ui/ScreenHeading';
import { db } from '../data/db';
import { useLiveQuery } from '../data/useLiveQuery';
import { DraftLoader } from '../ui/form/DraftLoader';
import { PersonNotFound } from '../ui/PersonNotFound';
import { fullName } from '../ui/PersonSummary';
import { FormAnswers } from '../ui/renderer/FormAnswers';
import { IntakeForm } from './intake/IntakeForm';
import { freshIntake } from './intake/useIntakeSteps';
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
      <DraftLoader draftKey={base ? `mediation.intake.${base.id}` : 'mediation.intake'} shape={SHAPE} fresh={() => freshIntake(base)}>
        {(draft) => <IntakeForm base={base} draft={draft} />}
      </DraftLoader>
    </section>
  );
}
