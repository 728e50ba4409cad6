import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/context.ts';
import { Footer } from './Footer.tsx';
import { Header } from './Header.tsx';

export function Layout() {
  const t = useT();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // A new page in a single-page app is silent to a screen reader; moving focus to the content
  // tells it the page changed and starts reading there, as a full page load would.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('layout.skipLink')}
      </a>
      <Header />
      <div className="container page-container">
        <main id="main-content" ref={main} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <Footer />
    </>
  );
}
