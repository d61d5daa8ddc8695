import { useTranslation } from 'react-i18next';
import { MyPathways } from './my/MyPathways';
import '../ui/form/form.css';
import { Screen } from '../ui/Screen';
import './pathways.css';

/** The pathways area: "My pathways" of the logged-in case manager. */
export default function PathwaysScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('pathways.title')} className="pathways-screen">
      <MyPathways />
    </Screen>
  );
}
