import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon';
import { ScreenHeading } from '../components/ScreenHeading';

export default function SyncScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <ScreenHeading>{t('sync.title')}</ScreenHeading>
      <ComingSoon>{t('sync.comingSoon')}</ComingSoon>
    </section>
  );
}
