import { useTranslation } from 'react-i18next';
import { versionOf, type FieldDef, type FormDef } from '../../../forms/types.ts';
import { describeAnswer } from '../../../forms/recordFields.ts';
import { isShown, valuesFromRecord, type FieldValue } from '../../../forms/values.ts';
import { Bi } from './Bi';
import { useFormText, type FormText } from './FormLanguage';
import './renderer.css';

/**
 * A record's answers, read-only, drawn with the version of the form it was filled with: after
 * a new version adds a question, an old record still shows exactly what was asked and answered
 * then (and the new question is not shown as "unanswered").
 */
export function FormAnswers({ form, record, version }: { form: FormDef; record: unknown; version?: number | undefined }) {
  const { t } = useTranslation();
  const f = useFormText();
  const { fields, version: drawn } = versionOf(form, version);
  const values = valuesFromRecord(fields, record);
  return (
    <section className="form-answers" data-form={form.id} data-version={drawn}>
      <h3 className="form-answers__title">
        <Bi target={{ kind: 'title', formId: form.id }} />
      </h3>
      <dl className="facts facts--grid">
        {fields.filter((field) => isShown(field, fields, values)).map((field) => (
          <div key={field.id} data-field={field.id}>
            <dt>
              <Bi target={{ kind: 'label', formId: form.id, fieldId: field.id }} />
            </dt>
            <dd>{answerText(field, values[field.id], f) ?? t('formRenderer.notAnswered')}</dd>
          </div>
        ))}
      </dl>
      <p className="hint">{t('formRenderer.filledWithVersion', { version: drawn })}</p>
    </section>
  );
}

/** An answer in the operator's language (with the site's corrections); undefined when there is none. */
export function answerText(field: FieldDef, value: FieldValue, f: FormText): string | undefined {
  return describeAnswer(field, value, f.operator, (vocabulary, code) => f.text({ kind: 'option', vocabulary, code }, f.operator));
}
