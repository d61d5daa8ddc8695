import type { ReactNode } from 'react';
import { controlProps, ErrorText, RequiredMark } from '../../ui/form/Field';
import { useField } from '../../ui/form/FieldErrors';

/**
 * An amount in euro, typed as the operator types it ("120,50", "1.250", "€ 80"). A text input
 * with a decimal keypad, not type=number: a number input silently drops what it cannot read,
 * and the operator must see what she typed next to the reason it was refused. `problem`
 * replaces the generic message with a specific one (e.g. what remains under the cap).
 */
export function MoneyField(props: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint: ReactNode;
  problem?: string | undefined;
  children?: ReactNode;
}) {
  const base = useField(props.path);
  const field = base.error && props.problem ? { ...base, error: props.problem } : base;
  return (
    <div className="field money-field" data-invalid={field.error ? '' : undefined}>
      <label htmlFor={field.id}>
        {props.label}
        <RequiredMark />
      </label>
      <div className="money-field__control">
        <span aria-hidden="true" className="money-field__currency">€</span>
        <input type="text" inputMode="decimal" autoComplete="off" {...controlProps(field, { required: true, hint: props.hint })}
          value={props.value} onChange={(e) => props.onChange(e.target.value)} />
      </div>
      <p id={field.hintId} className="hint">{props.hint}</p>
      <ErrorText field={field} />
      {props.children}
    </div>
  );
}
