import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { HomeIcon, MediationIcon, PathwaysIcon, SettingsIcon, SyncIcon } from './NavIcons';

type NavKey = 'nav.frontDesk' | 'nav.pathways' | 'nav.mediation' | 'nav.sync' | 'nav.settings';

const ITEMS: ReadonlyArray<{ href: string; labelKey: NavKey; Icon: ComponentType }> = [
  { href: '/', labelKey: 'nav.frontDesk', Icon: HomeIcon },
  { href: '/pathways', labelKey: 'nav.pathways', Icon: PathwaysIcon },
  { href: '/mediation', labelKey: 'nav.mediation', Icon: MediationIcon },
  { href: '/sync', labelKey: 'nav.sync', Icon: SyncIcon },
  { href: '/settings', labelKey: 'nav.settings', Icon: SettingsIcon },
];

function isActive(href: string, location: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/** Side bar on tablets and wider, bottom bar on phones (see app.css). */
export function NavBar() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.map(({ href, labelKey, Icon }) => {
          const active = isActive(href, location);
          return (
            <li key={href}>
              <Link
                href={href}
                className="app-nav__link"
                aria-current={active ? 'page' : undefined}
              >
                <Icon />
                <span>{t(labelKey)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
