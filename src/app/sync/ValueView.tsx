import { useTranslation } from 'react-i18next';

/** Shows any stored value readably: text as is, lists joined, objects as name: value lines. */
export function ValueView({ value }: { value: unknown }) {
  const { t } = useTranslation();
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
