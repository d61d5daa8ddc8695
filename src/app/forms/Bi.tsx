import type { ReactNode } from 'react';
import { useFormText, type TextTarget } from './FormLanguage';

/**
 * A translated text of a form, shown as the mode asks: the operator's language alone; both
 * languages side by side, each in a column marked with its `lang` and `dir` (so Arabic reads
 * right to left inside a left-to-right page, and a screen reader switches voice); or, in
 * presentation mode, hers in large type with the operator's in a small line underneath.
 */
export function Bi(props: { target: TextTarget; icon?: string | undefined; className?: string; suffix?: ReactNode }) {
  const { target, icon, className, suffix } = props;
  const f = useFormText();
  const op = f.text(target, f.operator);
  if (!f.bilingual) {
    const lang = f.mode === 'presentation' ? f.beneficiary : f.operator;
    const text = f.mode === 'presentation' ? f.text(target, f.beneficiary) : op;
    return (
      <span className={cx('bi bi--single', className)} lang={lang} dir={f.dir(lang)}>
        <Icon icon={icon} />
        {text}
        {suffix}
      </span>
    );
  }
  const ben = f.text(target, f.beneficiary);
  const operator = (
    <span className="bi__col bi__col--operator" data-column="operator" lang={f.operator} dir={f.dir(f.operator)}>
      {f.mode === 'sideBySide' && <Icon icon={icon} />}
      {op}
      {f.mode === 'sideBySide' && suffix}
    </span>
  );
  const beneficiary = (
    <span className="bi__col bi__col--beneficiary" data-column="beneficiary" lang={f.beneficiary} dir={f.dir(f.beneficiary)}>
      <Icon icon={icon} />
      {ben}
      {f.mode === 'presentation' && suffix}
    </span>
  );
  return f.mode === 'presentation' ? (
    <span className={cx('bi bi--presentation', className)}>
      {beneficiary}
      {operator}
    </span>
  ) : (
    <span className={cx('bi bi--sideBySide', className)}>
      {operator}
      {beneficiary}
    </span>
  );
}

function Icon({ icon }: { icon: string | undefined }): ReactNode {
  if (!icon) return null;
  return (
    <span className="bi__icon" aria-hidden="true">
      {icon}
    </span>
  );
}

function cx(...names: (string | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
