import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { deskPaths } from '../routes/desk';
import { PersonSearch } from './search/PersonSearch';
import { TodayAtDesk } from './today/TodayAtDesk';
import { Screen } from '../ui/Screen';
import './frontdesk.css';

/**
 * The front desk: the one screen in the initial bundle, because it is what an operator needs
 * within a second of opening the app. Search first (most visits are by people already
 * registered), then registration, then the day at this desk. Forms and the person's page are
 * loaded on demand.
 */
export default function FrontDeskScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('desk.title')} className="desk">
      <PersonSearch />
      <p className="desk__register">
        <Link href={deskPaths.register()} className="button">
          {t('desk.register.open')}
        </Link>
      </p>
      <TodayAtDesk />
    </Screen>
  );
}
