import { NavLink } from 'react-router';
import { canSetFollowUp } from '../../../domain/followup/realised-access.ts';
import { useMay } from '../../auth/may.ts';
import { useT } from '../../i18n/context.ts';

/** Follow-up's screens: the dashboard, the deviation list, and the secretariat's settings. */
export function FollowUpNav() {
  const t = useT();
  const maySet = useMay()(canSetFollowUp);
  const pages = [
    { to: '/opfoelgning', label: t('followup.nav.dashboard') },
    { to: '/opfoelgning/afvigelser', label: t('followup.nav.deviations') },
    ...(maySet ? [{ to: '/opfoelgning/indstillinger', label: t('followup.nav.settings') }] : []),
  ];
  return (
    <nav aria-label={t('followup.nav.label')} className="mb-5">
      <ul className="nobullet-list round-nav">
        {pages.map((page) => (
          <li key={page.to}>
            <NavLink to={page.to} end>
              {page.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
