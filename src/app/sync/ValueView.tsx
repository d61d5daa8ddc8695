import { useTranslation } from 'react-i18next';
import { describeLines, undescribedKeys, type RecordField } from '../../forms/recordFields.ts';
import { Fact } from '../ui/Fact';
import { useLang } from '../ui/format';

/**
 * Shows a stored value readably: as its form would (labels, days, a label/answer list for a
 * group, then whatever the value holds that no question asks) when a form asks the field and
 * the value has the shape the form gives it; otherwise as stored.
 */
export function ValueView({ value, field }: { value: unknown; field?: RecordField | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const lines = field ? describeLines(field, value, lang) : undefined;
  if (!field || !lines) return <StoredValue value={value} />;
  const rest = undescribedKeys(field, value);
  if (lines.length === 0 && rest.length === 0) return <em>{t('conflicts.empty')}</em>;
  // A single field's answer alone: the card's heading already names it.
  if (field.field && lines.length === 1 && rest.length === 0) return <span>{lines[0]![1]}</span>;
  return (
    <dl className="facts">
      {lines.map(([label, answer]) => <Fact key={label} label={label}>{answer}</Fact>)}
      {rest.map(([path, stored]) => <Fact key={path} label={path}><StoredValue value={stored} /></Fact>)}
    </dl>
  );
}

/** A value no form describes: text as is, lists joined, objects as name: value facts. */
function StoredValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === null || value === undefined || value === '') return <em>{t('conflicts.empty')}</em>;
  if (Array.isArray(value)) return <span>{value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')}</span>;
  if (typeof value === 'object') {
    return (
      <dl className="facts">
        {Object.entries(value).map(([k, v]) => <Fact key={k} label={k}><StoredValue value={v} /></Fact>)}
      </dl>
    );
  }
  if (typeof value === 'boolean') return <span>{value ? t('conflicts.yes') : t('conflicts.no')}</span>;
  return <span>{String(value)}</span>;
}
