import { Link } from 'react-router';
import { useRounds } from '../api/queries.ts';
import { useT } from '../i18n/context.ts';
import { Loading } from '../layout/Loading.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { usePageTitle } from '../layout/usePageTitle.ts';

/** The rounds, newest first, each leading to its decisions and allocation. */
export function DecisionRoundsPage() {
  const t = useT();
  usePageTitle(t('decisions.nav'));
  const rounds = useRounds();
  return (
    <>
      <h1>{t('decisions.nav')}</h1>
      <p className="font-lead">{t('decisions.roundsIntro')}</p>
      {rounds.isPending ? (
        <Loading />
      ) : rounds.isError ? (
        <QueryError error={rounds.error} />
      ) : (
        <ul>
          {[...rounds.data].reverse().map((round) => (
            <li key={round.id}>
              <Link to={`/runder/${encodeURIComponent(round.id)}/beslutninger`}>{round.name}</Link>
              {' · '}
              <Link to={`/runder/${encodeURIComponent(round.id)}/oversigt`}>
                {t('roundOverview.title', { round: round.name })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
