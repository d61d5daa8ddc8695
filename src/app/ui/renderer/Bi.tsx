import type { ReactNode } from 'react';
import type { UiKey } from '../../../forms/catalogues.ts';
import { useFormText, type TextTarget } from './FormLanguage';
import { uiText, type UiVars } from './uiText';

/**
 * A translated text of a form, shown as the mode asks: the operator's language alone; both
 * languages side by side, each in a column marked with its `lang` and `dir` (so Arabic reads
 * right to left inside a left-to-right page, and a screen reader switches voice); or, in
 * presentation mode, hers in large type with the operator's in a small line underneath.
 * Option icons are for her (side by side, presentation), not for the operator's own form.
 */
export function Bi(props: { target: TextTarget; icon?: string | undefined; className?: string; suffix?: ReactNode }) {
  const { target, ...rest } = props;
  const f = useFormText();
  return <BiText textIn={(lang) => f.text(target, lang)} {...rest} />;
}

/** One of the renderer's own words shown like a label (a child's name), e.g. `<UiBi k="childName" />`. */
export function UiBi(props: { k: UiKey; vars?: UiVars; className?: string }) {
  const { k, vars, className } = props;
  return <BiText textIn={(lang) => uiText(k, lang, vars)} className={className} />;
}

function BiText(props: { textIn: (lang: string) => string | undefined; icon?: string | undefined; className?: string | undefined; suffix?: ReactNode }) {
  const { textIn, icon, className, suffix } = props;
  const f = useFormText();
  const op = textIn(f.operator);
  if (!f.bilingual) {
    const lang = f.mode === 'presentation' ? f.beneficiary : f.operator;
    const text = f.mode === 'presentation' ? textIn(f.beneficiary) : op;
    return (
      <span className={cx('bi bi--single', className)} lang={lang} dir={f.dir(lang)}>
        {f.mode !== 'single' && <Icon icon={icon} />}
        {text}
        {suffix}
      </span>
    );
  }
  const ben = textIn(f.beneficiary);
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
