import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ScreenHeading } from '../components/ScreenHeading';
import { pathwayPaths } from './paths';

export function Loading() {
  const { t } = useTranslation();
  return <p className="screen-loading" role="status">{t('app.loading')}</p>;
}

/** A pathway that is not on this device (yet, or any more). */
export function PathwayNotFound() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <ScreenHeading>{t('paths.pathway.notFound')}</ScreenHeading>
      <p>
        <Link href={pathwayPaths.mine}>{t('paths.my.heading')}</Link>
      </p>
    </section>
  );
}
