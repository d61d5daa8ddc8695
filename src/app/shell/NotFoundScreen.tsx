import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ScreenHeading } from '../ui/ScreenHeading';

export default function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <ScreenHeading>{t('notFound.title')}</ScreenHeading>
      <p>
        <Link href="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
