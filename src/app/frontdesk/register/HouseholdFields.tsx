import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../domain/dates.ts';
import { TextField } from '../form/Field';
import { newChild, type ChildForm } from '../personForm';
import type { SectionProps } from './IdentityFields';

/** Pregnancy (the due date only when pregnant) and each child with a birth date. */
export function HouseholdFields({ form, change }: SectionProps) {
  const { t } = useTranslation();
  const added = useRef<string | null>(null);

  // After "add a child", focus goes to the new child's birth date, the one field to fill.
  useEffect(() => {
    if (!added.current) return;
    document.getElementById(`child-${added.current}`)?.querySelector<HTMLInputElement>('input[type=date]')?.focus();
    added.current = null;
  }, [form.children.length]);

  const setChild = (id: string, patch: Partial<ChildForm>) =>
    change({ children: form.children.map((c) => (c.id === id ? { ...c, ...patch } : c)) });

  return (
    <fieldset className="form-section">
      <legend>{t('deskForms.person.sections.household')}</legend>
      <div className="field">
        <label className="chip">
          <input type="checkbox" checked={form.pregnant} onChange={(e) => change({ pregnant: e.target.checked })} />
          <span>{t('deskForms.person.pregnant')}</span>
        </label>
      </div>
      {form.pregnant && (
        <TextField path="household.dueDate" label={t('deskForms.person.dueDate')} value={form.dueDate}
          onChange={(dueDate) => change({ dueDate })} input={{ type: 'date' }} />
      )}
      <h3 className="form-subheading">{t('deskForms.person.children')}</h3>
      {form.children.length === 0 && <p className="hint">{t('deskForms.person.noChildren')}</p>}
      <ol className="children-list">
        {form.children.map((child, i) => (
          <li key={child.id} id={`child-${child.id}`}>
            <fieldset className="child">
              <legend>{t('deskForms.person.childN', { n: i + 1 })}</legend>
              <div className="field-row">
                <TextField path={`household.children.${i}.birthDate`} label={t('deskForms.person.childBirthDate')}
                  value={child.birthDate} onChange={(birthDate) => setChild(child.id, { birthDate })}
                  input={{ type: 'date', max: localDate() }} />
                <TextField path={`household.children.${i}.name`} label={t('deskForms.person.childName')}
                  value={child.name} onChange={(name) => setChild(child.id, { name })}
                  input={{ autoComplete: 'off', autoCapitalize: 'words' }} />
              </div>
              <button type="button" className="button button--small"
                onClick={() => change({ children: form.children.filter((c) => c.id !== child.id) })}>
                {t('deskForms.person.removeChild', { n: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => {
        const child = newChild();
        added.current = child.id;
        change({ children: [...form.children, child] });
      }}>
        {t('deskForms.person.addChild')}
      </button>
    </fieldset>
  );
}
