import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { CurrentOperator } from './CurrentOperator';
import { LanguageSelect } from './LanguageSelect';
import { NavBar } from './NavBar';
import { OnlineStatus } from './OnlineStatus';
import { SyncIndicator } from '../sync/SyncIndicator';
import { UpdatePrompt } from './UpdatePrompt';

function useFocusHeadingOnNavigation(): void {
  const [location] = useLocation();
  const previous = useRef(location);
  useEffect(() => {
    // Only after a navigation, not on the first load (a location comparison rather than a
    // "first run" flag, because StrictMode runs effects twice).
    if (previous.current === location) return;
    previous.current = location;
    // Lazy screens may still be loading; their heading gets focus once it appears.
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('#main h1');
      heading?.focus();
      return heading !== null;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    const main = document.getElementById('main');
    if (main) observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [location]);
}

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  useFocusHeadingOnNavigation();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-header__brand">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span>{t('app.name')}</span>
        </p>
        <div className="app-header__tools">
          <CurrentOperator />
          <OnlineStatus />
          <SyncIndicator />
          <LanguageSelect hideLabel />
        </div>
      </header>
      <NavBar />
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
      <UpdatePrompt />
    </div>
  );
}
