import { useTranslation } from 'react-i18next';
import { useSiteLabel } from '../format';
import { SelectField } from './Field';

/**
 * The Casa del Quartiere a record belongs to: the desk's own, or another of the operator's
 * sites when she works at several (then a choice).
 */
export function SiteField({ siteIds, value, onChange }: { siteIds: string[]; value: string; onChange: (siteId: string) => void }) {
  const { t } = useTranslation();
  const siteLabel = useSiteLabel();
  if (siteIds.length <= 1) {
    return (
      <p className="field">
        <span className="field__label">{t('deskForms.visit.site')}</span>
        <span>{siteLabel(value)}</span>
      </p>
    );
  }
  return (
    <SelectField path="siteId" label={t('deskForms.visit.site')} required value={value}
      options={siteIds.map((id) => ({ value: id, label: siteLabel(id) }))} onChange={onChange} />
  );
}
