import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../shell/LanguageSelect';
import { StorageStatus } from './StorageStatus';
import { Screen } from '../ui/Screen';
import { SessionCard } from './SessionCard';

export default function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <Screen title={t('settings.title')}>

      <SessionCard />

      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.languageTitle')}</h2>
        <LanguageSelect />
      </section>

      <StorageStatus />

      <section className="card" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.about.title')}</h2>
        <p>{t('settings.about.description')}</p>
        <dl className="facts">
          <dt>{t('settings.about.version')}</dt>
          <dd>{__APP_VERSION__}</dd>
        </dl>
      </section>
    </Screen>
  );
}
