import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ScreenHeading } from './ScreenHeading';
import { deskPaths } from '../routes/desk';

/** A link to a person whose record is not on this device (yet, or any more). */
export function PersonNotFound() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <ScreenHeading>{t('deskForms.person.notFound')}</ScreenHeading>
      <p>
        <Link href={deskPaths.desk}>{t('deskForms.backToDesk')}</Link>
      </p>
    </section>
  );
}
