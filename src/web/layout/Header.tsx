import { NavLink, useLocation } from 'react-router';
import { canManageImports } from '../../domain/workflow/permissions.ts';
import { useMay } from '../auth/may.ts';
import { useMe } from '../auth/queries.ts';
import { UserMenu } from '../auth/UserMenu.tsx';
import { useI18n } from '../i18n/context.ts';
import { HeaderSearch } from '../search/HeaderSearch.tsx';

export function Header() {
  const { t, language, setLanguage } = useI18n();
  const other = language === 'da' ? 'en' : 'da';
  // The proposals' item is marked on every proposal page, not only on the list.
  const { pathname } = useLocation();
  const inProposals = pathname === '/' || pathname.startsWith('/forslag');
  const mayImport = useMay()(canManageImports);
  // Follow-up reads the granted proposals a signed-in user may see; signed out, there are none.
  const signedIn = Boolean(useMe().data);
  return (
    <header className="header">
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <NavLink to="/">{t('app.name')}</NavLink>
          </div>
          <UserMenu />
        </div>
      </div>
      <div className="navigation-menu app-navigation">
        <div className="navigation-menu-inner container">
          <nav className="nav" aria-label={t('layout.mainMenu')}>
            <ul className="mainmenu">
              <li className={inProposals ? 'active' : undefined}>
                <NavLink to="/" end className="nav-link">
                  <span>{t('layout.nav.proposals')}</span>
                </NavLink>
              </li>
              <li
                className={
                  pathname === '/beslutninger' || pathname.endsWith('/beslutninger')
                    ? 'active'
                    : undefined
                }
              >
                <NavLink to="/beslutninger" className="nav-link">
                  <span>{t('decisions.nav')}</span>
                </NavLink>
              </li>
              {signedIn && (
                <li className={pathname.startsWith('/opfoelgning') ? 'active' : undefined}>
                  <NavLink to="/opfoelgning" className="nav-link">
                    <span>{t('followup.nav')}</span>
                  </NavLink>
                </li>
              )}
              <li className={pathname.startsWith('/laan') ? 'active' : undefined}>
                <NavLink to="/laan" className="nav-link">
                  <span>{t('loans.nav')}</span>
                </NavLink>
              </li>
              <li className={pathname === '/rammer' ? 'active' : undefined}>
                <NavLink to="/rammer" className="nav-link">
                  <span>{t('frames.nav')}</span>
                </NavLink>
              </li>
              <li className={pathname === '/prisindeks' ? 'active' : undefined}>
                <NavLink to="/prisindeks" className="nav-link">
                  <span>{t('layout.nav.priceIndex')}</span>
                </NavLink>
              </li>
              {mayImport && (
                <li className={pathname.startsWith('/indlaes') ? 'active' : undefined}>
                  <NavLink to="/indlaes" className="nav-link">
                    <span>{t('layout.nav.import')}</span>
                  </NavLink>
                </li>
              )}
            </ul>
          </nav>
          <HeaderSearch />
          {/* In the menu bar, which stays visible on small screens too. */}
          <button
            type="button"
            className="function-link language-switch"
            lang={other}
            onClick={() => setLanguage(other)}
          >
            {t('layout.switchLanguage')}
          </button>
        </div>
      </div>
    </header>
  );
}
