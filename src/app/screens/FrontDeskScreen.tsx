import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../components/ComingSoon';
import { ScreenHeading } from '../components/ScreenHeading';

/**
 * The front desk: the one screen in the initial bundle, because it is what an operator needs
 * within a second of opening the app. For now only the search box exists; search and
 * registration come with the client database.
 */
export default function FrontDeskScreen() {
  const { t } = useTranslation();
  const searchId = useId();
  const hintId = useId();
  return (
    <section className="screen">
      <ScreenHeading>{t('frontDesk.title')}</ScreenHeading>
      <search className="person-search">
        <label htmlFor={searchId}>{t('frontDesk.searchLabel')}</label>
        <input
          id={searchId}
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hintId}
        />
        <p id={hintId} className="hint">
          {t('frontDesk.searchHint')}
        </p>
      </search>
      <ComingSoon>{t('frontDesk.comingSoon')}</ComingSoon>
    </section>
  );
}
