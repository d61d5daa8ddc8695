import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../shell/LanguageSelect';
import { ScreenHeading } from '../ui/ScreenHeading';
import { StorageStatus } from './StorageStatus';
import { SessionCard } from './SessionCard';

export default function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <ScreenHeading>{t('settings.title')}</ScreenHeading>

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
    </section>
  );
}
