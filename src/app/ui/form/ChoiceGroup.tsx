import type { ReactNode } from 'react';
import { ErrorText, RequiredMark, type Option } from './Field';
import { useField } from './FieldErrors';
import './form.css';

interface GroupProps {
  path: string;
  legend: ReactNode;
  options: Option[];
  required?: boolean;
  hint?: ReactNode;
  className?: string;
}

/**
 * A group of radio buttons or checkboxes in a fieldset, shown as large touch targets ("chips").
 * Each option is a real input inside its label, so it works with a keyboard, a screen reader
 * and a finger alike.
 */
function GroupShell({ path, legend, required, hint, className, radio, children }: Omit<GroupProps, 'options'> & { radio: boolean; children: ReactNode }) {
  const field = useField(path);
  const describedBy = [hint ? field.hintId : null, field.error ? field.errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={field.id}
      className={`field choice-group ${className ?? ''}`}
      data-invalid={field.error ? '' : undefined}
      aria-describedby={describedBy}
      // Only a radiogroup may say it is required; checkboxes say it in the legend.
      {...(radio ? { role: 'radiogroup', 'aria-required': required ? true : undefined, 'aria-invalid': field.error ? true : undefined } : {})}
    >
      <legend>
        {legend}
        {required && <RequiredMark />}
      </legend>
      {hint && (
        <p id={field.hintId} className="hint">
          {hint}
        </p>
      )}
      <div className="choice-group__options">{children}</div>
      <ErrorText field={field} />
    </fieldset>
  );
}

export function RadioGroup(props: GroupProps & { value: string; onChange: (value: string) => void }) {
  const { options, value, onChange, ...shell } = props;
  const name = useField(props.path).id;
  return (
    <GroupShell {...shell} radio>
      {options.map((o) => (
        <label key={o.value} className="chip">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </GroupShell>
  );
}

export function CheckboxGroup(props: GroupProps & { value: readonly string[]; onChange: (value: string[]) => void }) {
  const { options, value, onChange, ...shell } = props;
  const toggle = (code: string) =>
    onChange(value.includes(code) ? value.filter((c) => c !== code) : [...value, code]);
  return (
    <GroupShell {...shell} radio={false}>
      {options.map((o) => (
        <label key={o.value} className="chip">
          <input type="checkbox" value={o.value} checked={value.includes(o.value)} onChange={() => toggle(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </GroupShell>
  );
}
