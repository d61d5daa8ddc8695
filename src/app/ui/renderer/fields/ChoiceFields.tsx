import { useId } from 'react';
import { vocabularyNamed } from '../../../../forms/text.ts';
import type { Vocabulary } from '../../../../domain/vocab/vocabulary.ts';
import { useField } from '../../form/FieldErrors';
import { Bi } from '../Bi';
import { useFormText, type FormText } from '../FormLanguage';
import { useUiText } from '../uiText';
import { FieldFrame, GroupFrame, type FieldProps } from './FieldFrame';
import { FREQUENT, isLongList, optionCodes } from './options';

/** An option's text in a drop-down, where only plain text fits: both languages when two are shown. */
function optionText(f: FormText, vocabulary: string, code: string): string {
  const target = { kind: 'option', vocabulary, code } as const;
  const op = f.text(target, f.operator) ?? code;
  if (f.mode === 'presentation') return f.text(target, f.beneficiary) ?? op;
  if (!f.bilingual) return op;
  const ben = f.text(target, f.beneficiary) ?? op;
  return ben === op ? op : `${op} — ${ben}`;
}

function sortedCodes(f: FormText, vocabulary: Vocabulary, current: readonly string[]): string[] {
  const lang = f.mode === 'presentation' ? f.beneficiary : f.operator;
  const label = (code: string) => f.text({ kind: 'option', vocabulary: vocabulary.name, code }, lang) ?? code;
  return optionCodes(vocabulary, current).sort((a, b) => label(a).localeCompare(label(b), lang));
}

/** A drop-down of a long vocabulary, with the most frequent entries first. */
function SelectOptions({ f, vocabulary, exclude = [], current = [] }: { f: FormText; vocabulary: Vocabulary; exclude?: readonly string[]; current?: readonly string[] }) {
  const { ui } = useUiText();
  const all = sortedCodes(f, vocabulary, current).filter((c) => !exclude.includes(c));
  const frequent = (FREQUENT[vocabulary.name] ?? []).filter((c) => all.includes(c));
  const options = (codes: string[]) =>
    codes.map((code) => (
      <option key={code} value={code}>
        {optionText(f, vocabulary.name, code)}
      </option>
    ));
  if (frequent.length === 0) return <>{options(all)}</>;
  return (
    <>
      <optgroup label={ui('frequent')}>{options(frequent)}</optgroup>
      <optgroup label={ui('all')}>{options(all)}</optgroup>
    </>
  );
}

function chipClass(f: FormText): string {
  return f.mode === 'presentation' ? 'chip chip--large' : 'chip';
}

/** One code of a vocabulary: big chips (radio buttons), or a drop-down for a long list. */
export function ChoiceInput({ formId, field, value, onChange }: FieldProps) {
  const { ui } = useUiText();
  const f = useFormText();
  const name = useId();
  const vocabulary = vocabularyNamed(field.vocabulary ?? '');
  const current = typeof value === 'string' ? value : '';
  if (!vocabulary) return <UnknownVocabulary formId={formId} field={field} value={value} onChange={onChange} />;
  if (isLongList(vocabulary)) {
    return (
      <FieldFrame formId={formId} field={field}>
        {(a11y) => (
          <select {...a11y} value={current} onChange={(e) => onChange(e.target.value)}>
            <option value="">{ui('choose')}</option>
            <SelectOptions f={f} vocabulary={vocabulary} current={[current]} />
          </select>
        )}
      </FieldFrame>
    );
  }
  return (
    <GroupFrame formId={formId} field={field} radio>
      <div className="choice-group__options">
        {optionCodes(vocabulary, [current]).map((code) => (
          <label key={code} className={chipClass(f)}>
            <input type="radio" name={name} value={code} checked={current === code} onChange={() => onChange(code)} />
            <Bi target={{ kind: 'option', vocabulary: vocabulary.name, code }} icon={field.icons?.[code]} />
          </label>
        ))}
      </div>
    </GroupFrame>
  );
}

/** Several codes of a vocabulary: chips (checkboxes), or chosen chips and a list to add from. */
export function MultiChoiceInput({ formId, field, value, onChange }: FieldProps) {
  const f = useFormText();
  const vocabulary = vocabularyNamed(field.vocabulary ?? '');
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  if (!vocabulary) return <UnknownVocabulary formId={formId} field={field} value={value} onChange={onChange} />;
  if (isLongList(vocabulary)) return <AddFromList formId={formId} field={field} vocabulary={vocabulary} chosen={chosen} onChange={onChange} />;
  const toggle = (code: string) => onChange(chosen.includes(code) ? chosen.filter((c) => c !== code) : [...chosen, code]);
  return (
    <GroupFrame formId={formId} field={field} radio={false}>
      <div className="choice-group__options">
        {optionCodes(vocabulary, chosen).map((code) => (
          <label key={code} className={chipClass(f)}>
            <input type="checkbox" value={code} checked={chosen.includes(code)} onChange={() => toggle(code)} />
            <Bi target={{ kind: 'option', vocabulary: vocabulary.name, code }} icon={field.icons?.[code]} />
          </label>
        ))}
      </div>
    </GroupFrame>
  );
}

/** The chosen entries of a long list as removable chips, and a drop-down to add another. */
function AddFromList(props: { formId: string; field: FieldProps['field']; vocabulary: Vocabulary; chosen: string[]; onChange: FieldProps['onChange'] }) {
  const { formId, field, vocabulary, chosen, onChange } = props;
  const { ui, lang } = useUiText();
  const f = useFormText();
  const addId = useId();
  const state = useField(field.id);
  return (
    <GroupFrame formId={formId} field={field} radio={false} className="languages-field">
      {chosen.length > 0 && (
        <ul className="chip-list">
          {chosen.map((code) => (
            <li key={code}>
              <span className={`${chipClass(f)} chip--static`}>
                <Bi target={{ kind: 'option', vocabulary: vocabulary.name, code }} icon={field.icons?.[code]} />
              </span>
              <button type="button" className="button button--small" lang={lang} onClick={() => onChange(chosen.filter((c) => c !== code))}>
                <span aria-hidden="true">✕</span>
                <span className="visually-hidden">
                  {ui('remove', { item: f.text({ kind: 'option', vocabulary: vocabulary.name, code }, lang) ?? code })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={addId} className="add-from-list__label" lang={lang}>
        <span aria-hidden="true">＋ </span>
        {ui('add')}
      </label>
      <select id={addId} value="" aria-describedby={state.error ? state.errorId : undefined}
        onChange={(e) => e.target.value && onChange([...chosen, e.target.value])}>
        <option value="">{ui('choose')}</option>
        <SelectOptions f={f} vocabulary={vocabulary} exclude={chosen} />
      </select>
    </GroupFrame>
  );
}

/** A yes/no question: two big chips, stored as true or false. */
export function BooleanInput({ formId, field, value, onChange }: FieldProps) {
  const f = useFormText();
  const name = useId();
  const options = [
    { stored: true, code: 'yes' },
    { stored: false, code: 'no' },
  ] as const;
  return (
    <GroupFrame formId={formId} field={field} radio>
      <div className="choice-group__options">
        {options.map((o) => (
          <label key={o.code} className={chipClass(f)}>
            <input type="radio" name={name} value={o.code} checked={value === o.stored} onChange={() => onChange(o.stored)} />
            <Bi target={{ kind: 'option', vocabulary: 'yesNoUnknown', code: o.code }} icon={field.icons?.[String(o.stored)]} />
          </label>
        ))}
      </div>
    </GroupFrame>
  );
}

/**
 * A choice field whose vocabulary does not exist: formProblems fails the build on it, so this
 * only shows if a definition slipped through — visibly, as a plain text field, never silently.
 */
function UnknownVocabulary({ formId, field, value, onChange }: FieldProps) {
  return (
    <FieldFrame formId={formId} field={field} className="rendered-field--unknown">
      {(a11y) => (
        <input type="text" {...a11y} value={Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(field.type === 'multiChoice' ? e.target.value.split(/,\s*/).filter(Boolean) : e.target.value)} />
      )}
    </FieldFrame>
  );
}
