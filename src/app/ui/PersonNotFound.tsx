import { useTranslation } from 'react-i18next';
import { NotHereScreen } from './Screen';
import { deskPaths } from '../routes/desk';

/** A link to a person whose record is not on this device (yet, or any more). */
export function PersonNotFound() {
  const { t } = useTranslation();
  return <NotHereScreen title={t('deskForms.person.notFound')} back={deskPaths.desk} backText={t('deskForms.backToDesk')} />;
}
