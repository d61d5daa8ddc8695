import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../components/LanguageSelect';
import { ScreenHeading } from '../components/ScreenHeading';
import { StorageStatus } from '../components/StorageStatus';
import { SessionCard } from '../session/SessionCard';

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
