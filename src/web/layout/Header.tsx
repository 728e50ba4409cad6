import { NavLink } from 'react-router';
import { useI18n } from '../i18n/context.ts';

export function Header() {
  const { t, language, setLanguage } = useI18n();
  const other = language === 'da' ? 'en' : 'da';
  return (
    <header className="header">
      <div className="solution-info">
        <div className="solution-info-inner container">
          <div className="solution-heading">
            <NavLink to="/">{t('app.name')}</NavLink>
          </div>
          <div className="additional-info">
            <p>
              <strong className="authority-name">{t('app.municipality')}</strong>
            </p>
            <p>
              <button
                type="button"
                className="function-link"
                lang={other}
                onClick={() => setLanguage(other)}
              >
                {t('layout.switchLanguage')}
              </button>
            </p>
          </div>
        </div>
      </div>
      <div className="navigation-menu app-navigation">
        <div className="navigation-menu-inner container">
          <nav className="nav" aria-label={t('layout.mainMenu')}>
            <ul className="mainmenu">
              <li>
                <NavLink to="/" end className="nav-link">
                  <span>{t('layout.nav.proposals')}</span>
                </NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </div>
    </header>
  );
}
