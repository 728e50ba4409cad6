import { useParams } from 'react-router';
import { canKeepRounds } from '../../domain/workflow/permissions.ts';
import { ApiError } from '../api/client.ts';
import { useRounds } from '../api/queries.ts';
import { useMay } from '../auth/may.ts';
import { useT } from '../i18n/context.ts';
import { Loading } from '../layout/Loading.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { usePageTitle } from '../layout/usePageTitle.ts';
import { useRoundRules } from './api.ts';
import { RoundFacts } from './RoundFacts.tsx';
import { RoundNav } from './RoundNav.tsx';
import { RulesForm } from './RulesForm.tsx';
import { RulesView } from './RulesView.tsx';

// A round's rules: pools, caps, the payback limit and the criteria. The secretariat edits them
// (the domain's rule the API asks too); everyone else reads them. A round without rules yet
// starts from an empty form for the secretariat.

export function RulesPage() {
  const { roundId = '' } = useParams();
  const t = useT();
  const rules = useRoundRules(roundId);
  const rounds = useRounds();
  const editable = useMay()(canKeepRounds);
  const known = rounds.data?.find((r) => r.id === roundId);
  const name = rules.data?.round.name ?? known?.name ?? null;
  usePageTitle(name ? t('rules.title', { round: name }) : t('rounds.rules'));

  if (rules.isPending) return <Loading />;
  const none = rules.isError && rules.error instanceof ApiError && rules.error.status === 404;
  if (rules.isError && !(none && known)) return <QueryError error={rules.error} />;
  return (
    <>
      <h1>{t('rules.title', { round: name ?? roundId })}</h1>
      <RoundNav roundId={roundId} roundName={name ?? roundId} />
      {rules.data ? (
        <RoundFacts rules={rules.data} />
      ) : (
        <p className="font-lead">{t('rules.none')}</p>
      )}
      {editable ? (
        <RulesForm
          // One form per round: a refetch must not throw away what the user typed.
          key={roundId}
          roundId={roundId}
          saved={rules.data ?? null}
          phase={rules.data?.phase ?? 'open'}
        />
      ) : (
        <>
          <p>{t('rules.readOnly')}</p>
          {rules.data && (
            <RulesView rules={rules.data.rules} level={rules.data.round.priceLevelYear} />
          )}
        </>
      )}
    </>
  );
}
