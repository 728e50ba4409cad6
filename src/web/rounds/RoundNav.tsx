import { NavLink } from 'react-router';
import { useT } from '../i18n/context.ts';

const PAGES = [
  { path: 'regler', label: 'rounds.rules' },
  { path: 'oversigt', label: 'rounds.overview' },
  { path: 'prioritering', label: 'rounds.prioritisation' },
  { path: 'beslutninger', label: 'rounds.decisions' },
] as const;

/** A round's pages: its rules, its overview, its prioritisation and its decisions. */
export function RoundNav({ roundId, roundName }: { roundId: string; roundName: string }) {
  const t = useT();
  return (
    <nav aria-label={t('rounds.navLabel', { round: roundName })} className="mb-5">
      <ul className="nobullet-list round-nav">
        {PAGES.map((page) => (
          <li key={page.path}>
            <NavLink to={`/runder/${encodeURIComponent(roundId)}/${page.path}`}>
              {t(page.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
