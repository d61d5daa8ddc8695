import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon';
import { ScreenHeading } from '../components/ScreenHeading';

export default function PathwaysScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <ScreenHeading>{t('pathways.title')}</ScreenHeading>
      <ComingSoon>{t('pathways.comingSoon')}</ComingSoon>
    </section>
  );
}
