import { useTranslation } from 'react-i18next';
import { ScreenHeading } from '../ui/ScreenHeading';
import { MyPathways } from './my/MyPathways';
import '../ui/form/form.css';
import './pathways.css';

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
