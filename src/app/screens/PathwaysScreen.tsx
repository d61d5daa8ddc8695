import '../pathways/i18n';
import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../components/ScreenHeading';
import { MyPathways } from '../pathways/my/MyPathways';
import '../frontdesk/frontdesk-forms.css';
import '../pathways/pathways.css';

/** The pathways area: "My pathways" of the logged-in case manager. */
export default function PathwaysScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen pathways-screen">
      <ScreenHeading>{t('pathways.title')}</ScreenHeading>
      <MyPathways />
    </section>
  );
}
