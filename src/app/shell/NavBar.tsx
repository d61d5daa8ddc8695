import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useDeskSession } from '../data/useDeskSession';
import { adminPaths } from '../routes/admin';
import { NavIcon, type IconName } from './NavIcons';

type NavKey = 'nav.frontDesk' | 'nav.pathways' | 'nav.mediation' | 'nav.sync' | 'nav.accounts' | 'nav.settings';

interface NavItem {
  href: string;
  labelKey: NavKey;
  icon: IconName;
  /** Offered to administrators only (the server refuses everyone else anyway). */
  adminOnly?: boolean;
}

const ITEMS: readonly NavItem[] = [
  { href: '/', labelKey: 'nav.frontDesk', icon: 'home' },
  { href: '/pathways', labelKey: 'nav.pathways', icon: 'pathways' },
  { href: '/mediation', labelKey: 'nav.mediation', icon: 'mediation' },
  { href: '/sync', labelKey: 'nav.sync', icon: 'sync' },
  { href: adminPaths.accounts, labelKey: 'nav.accounts', icon: 'accounts', adminOnly: true },
  { href: '/settings', labelKey: 'nav.settings', icon: 'settings' },
];

function isActive(href: string, location: string): boolean {
  return href === '/' ? location === '/' : location === href || location.startsWith(`${href}/`);
}

/** Side bar on tablets and wider, bottom bar on phones (see shell.css). */
export function NavBar() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const isAdmin = useDeskSession()?.user.role === 'admin';
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {ITEMS.filter((item) => !item.adminOnly || isAdmin).map(({ href, labelKey, icon }) => {
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
