import { useT } from '../i18n/context.ts';

export function Footer() {
  const t = useT();
  return (
    <footer>
      <div className="footer">
        <div className="container">
          <div className="row">
            <div className="col-12 col-md-8 footer-col">
              <p className="weight-semibold">{t('app.name')}</p>
              <p>{t('layout.footer.about')}</p>
            </div>
            <div className="col-12 col-md-4 footer-col">
              <ul className="unstyled-list">
                <li>
                  {/* A server page, not a route of this app: a plain link loads it. */}
                  <a href="/api/docs">{t('layout.footer.apiDocs')}</a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
