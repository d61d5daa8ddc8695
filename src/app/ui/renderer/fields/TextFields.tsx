import type { InputHTMLAttributes } from 'react';
import { FieldFrame, type FieldProps } from './FieldFrame';

type InputExtras = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>;

function InputField({ formId, field, value, onChange, input }: FieldProps & { input: InputExtras }) {
  return (
    <FieldFrame formId={formId} field={field}>
      {(a11y) => (
        <input {...input} {...a11y} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldFrame>
  );
}

export function TextInput(props: FieldProps) {
  return <InputField {...props} input={{ type: 'text', autoComplete: 'off', maxLength: 200 }} />;
}

export function DateInput(props: FieldProps) {
  return <InputField {...props} input={{ type: 'date' }} />;
}

export function YearInput(props: FieldProps) {
  return <InputField {...props} input={{ type: 'text', inputMode: 'numeric', maxLength: 4, autoComplete: 'off', className: 'input--short' }} />;
}

export function PhoneInput(props: FieldProps) {
  return <InputField {...props} input={{ type: 'tel', inputMode: 'tel', autoComplete: 'off', maxLength: 30 }} />;
}

export function CodiceFiscaleInput(props: FieldProps) {
  return (
    <InputField {...props}
      input={{ type: 'text', autoComplete: 'off', autoCapitalize: 'characters', spellCheck: false, maxLength: 20, lang: 'it' }} />
  );
}

export function LongTextInput({ formId, field, value, onChange }: FieldProps) {
  return (
    <FieldFrame formId={formId} field={field}>
      {(a11y) => (
        <textarea {...a11y} rows={3} maxLength={2000} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldFrame>
  );
}
