import { useEffect, useId, useRef } from 'react';
import { localDate } from '../../../../domain/dates.ts';
import { newId } from '../../../../domain/ids.ts';
import { sexes } from '../../../../domain/vocab/people.ts';
import type { ChildValue } from '../../../../forms/values.ts';
import { ErrorText } from '../../form/Field';
import { useField } from '../../form/FieldErrors';
import { Bi, UiBi } from '../Bi';
import { useFormText } from '../FormLanguage';
import { useUiText } from '../uiText';
import { GroupFrame, type FieldProps } from './FieldFrame';

/**
 * The household's children: each with an optional first name, a birth date and sex. The date
 * and sex reuse the registration form's own labels ("Date of birth", "Sex"); the name label
 * and the buttons are the catalogues' `ui` words, so all of it is in every language they have.
 */
export function ChildrenInput({ formId, field, value, onChange }: FieldProps) {
  const { ui, lang, dir } = useUiText();
  const f = useFormText();
  const children = Array.isArray(value) ? (value as ChildValue[]) : [];
  const added = useRef<string | null>(null);

  // After "add a child", focus goes to the new child's birth date, the first required answer
  // (the name above it is optional).
  useEffect(() => {
    if (!added.current) return;
    document.querySelector<HTMLInputElement>(`[data-child="${added.current}"] input[type=date]`)?.focus();
    added.current = null;
  }, [children.length]);

  const set = (id: string, patch: Partial<ChildValue>) => onChange(children.map((c) => (c.id === id ? { ...c, ...patch } : c)));
  const add = () => {
    const child: ChildValue = { id: newId(), birthDate: '', sex: '', name: '' };
    added.current = child.id;
    onChange([...children, child]);
  };

  return (
    <GroupFrame formId={formId} field={field} radio={false} className="children-field">
      {children.length === 0 && <p className="hint" lang={lang} dir={dir}>{ui('noChildren')}</p>}
      <ol className="stack plain-list">
        {children.map((child, i) => (
          <li key={child.id} data-child={child.id}>
            <ChildFields index={i} child={child} onChange={(patch) => set(child.id, patch)} />
            <button type="button" className="button button--small" lang={lang} dir={dir}
              onClick={() => onChange(children.filter((c) => c.id !== child.id))}>
              {ui('removeChild', { n: i + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className={f.mode === 'presentation' ? 'button button--large' : 'button'} lang={lang} dir={dir} onClick={add}>
        <span aria-hidden="true">＋ 👶 </span>
        {ui('addChild')}
      </button>
    </GroupFrame>
  );
}

function ChildFields({ index, child, onChange }: { index: number; child: ChildValue; onChange: (patch: Partial<ChildValue>) => void }) {
  const f = useFormText();
  const path = `household.children.${index}`;
  const firstName = useField(`${path}.name`);
  const date = useField(`${path}.birthDate`);
  const sex = useField(`${path}.sex`);
  const name = useId();
  return (
    <fieldset className="stack panel child">
      <legend>
        <span aria-hidden="true">👶 </span>
        <UiBi k="childN" vars={{ n: index + 1 }} />
      </legend>
      <div className="field" data-invalid={firstName.error ? '' : undefined}>
        <label htmlFor={firstName.id}>
          <UiBi k="childName" />
        </label>
        <input id={firstName.id} type="text" maxLength={80} autoComplete="off" value={child.name ?? ''}
          aria-invalid={firstName.error ? true : undefined} aria-describedby={firstName.error ? firstName.errorId : undefined}
          onChange={(e) => onChange({ name: e.target.value })} />
        <ErrorText field={firstName} />
      </div>
      <div className="field" data-invalid={date.error ? '' : undefined}>
        <label htmlFor={date.id}>
          <Bi target={{ kind: 'label', formId: 'registration', fieldId: 'birthDate' }} />
        </label>
        <input id={date.id} type="date" max={localDate()} value={child.birthDate}
          aria-invalid={date.error ? true : undefined} aria-describedby={date.error ? date.errorId : undefined}
          onChange={(e) => onChange({ birthDate: e.target.value })} />
        <ErrorText field={date} />
      </div>
      <fieldset className="field choice-group" role="radiogroup" data-invalid={sex.error ? '' : undefined}
        aria-describedby={sex.error ? sex.errorId : undefined}>
        <legend>
          <Bi target={{ kind: 'label', formId: 'registration', fieldId: 'sex' }} />
        </legend>
        <div className="choice-group__options">
          {sexes.active().map(({ code }) => (
            <label key={code} className={f.mode === 'presentation' ? 'chip chip--large' : 'chip'}>
              <input type="radio" name={name} value={code} checked={child.sex === code} onChange={() => onChange({ sex: code })} />
              <Bi target={{ kind: 'option', vocabulary: 'sexes', code }} />
            </label>
          ))}
        </div>
        <ErrorText field={sex} />
      </fieldset>
    </fieldset>
  );
}
