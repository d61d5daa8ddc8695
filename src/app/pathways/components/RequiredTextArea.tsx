import type { ReactNode } from 'react';
import { FieldShell } from '../../ui/form/Field';

/** A required multi-line field (the front desk's TextAreaField has no required mark). */
export function RequiredTextArea(props: {
  path: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  hint?: ReactNode;
}) {
  const { path, label, value, onChange, maxLength, hint } = props;
  return (
    <FieldShell path={path} label={label} required hint={hint}>
      {(a11y) => <textarea {...a11y} rows={3} maxLength={maxLength} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FieldShell>
  );
}
