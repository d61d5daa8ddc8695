import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { NavIcon, type IconName } from './NavIcons';

type NavKey = 'nav.frontDesk' | 'nav.pathways' | 'nav.mediation' | 'nav.sync' | 'nav.settings';

const ITEMS: ReadonlyArray<{ href: string; labelKey: NavKey; icon: IconName }> = [
  { href: '/', labelKey: 'nav.frontDesk', icon: 'home' },
  { href: '/pathways', labelKey: 'nav.pathways', icon: 'pathways' },
  { href: '/mediation', labelKey: 'nav.mediation', icon: 'mediation' },
  { href: '/sync', labelKey: 'nav.sync', icon: 'sync' },
  { href: '/settings', labelKey: 'nav.settings', icon: 'settings' },
];

function isActive(href: string, location: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/** Side bar on tablets and wider, bottom bar on phones (see shell.css). */
export function NavBar() {
  const { t } = useTranslation();
  const [location] = useLocation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.map(({ href, labelKey, icon }) => {
          const active = isActive(href, location);
          return (
            <li key={href}>
              <Link
                href={href}
                className="app-nav__link"
                aria-current={active ? 'page' : undefined}
              >
                <NavIcon name={icon} />
                <span>{t(labelKey)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
