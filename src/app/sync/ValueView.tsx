import { useTranslation } from 'react-i18next';
import { describeValue, type RecordField } from '../../forms/recordFields.ts';
import { useLang } from '../ui/format';

/**
 * Shows a stored value readably: as its form would (labels, days, "label: answer" lines for a
 * group) when a form asks the field; otherwise text as is, lists joined, objects as name:
 * value lines.
 */
export function ValueView({ value, field }: { value: unknown; field?: RecordField | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (field) {
    const text = describeValue(field, value, lang);
    return text === undefined ? <em>{t('conflicts.empty')}</em> : <span className="prewrap">{text}</span>;
  }
  if (value === null || value === undefined || value === '') return <em>{t('conflicts.empty')}</em>;
  if (Array.isArray(value)) return <span>{value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ')}</span>;
  if (typeof value === 'object') {
    return (
      <dl className="facts">
        {Object.entries(value).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd><ValueView value={v} /></dd>
          </div>
        ))}
      </dl>
    );
  }
  if (typeof value === 'boolean') return <span>{value ? t('conflicts.yes') : t('conflicts.no')}</span>;
  return <span>{String(value)}</span>;
}
