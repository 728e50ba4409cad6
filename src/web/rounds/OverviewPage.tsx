import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { canKeepRounds } from '../../domain/workflow/permissions.ts';
import type { RoundOverviewOutput } from '../../shared/overview-schema.ts';
import { useAdministrations, useCommittees } from '../api/queries.ts';
import { useMay } from '../auth/may.ts';
import { formatWholeOfThousands } from '../../shared/format.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { Loading } from '../layout/Loading.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { usePageTitle } from '../layout/usePageTitle.ts';
import {
  assignCodes,
  overviewDocxUrl,
  roundKeys,
  overviewXlsxUrl,
  useRoundOverview,
} from './api.ts';
import { ImportedOverviews } from './ImportedOverviews.tsx';
import { OverviewTable } from './OverviewTable.tsx';
import { PoolsTable } from './PoolsTable.tsx';
import { RoundNav } from './RoundNav.tsx';

// The round's overview of what came in (seed 000's appendix, live): by committee and
// forvaltning what each proposal asks per year at the round's price level, the totals with the
// rounding difference shown, the pools and what is left, and every cap or pool exceeded. The
// secretariat gives the proposals their codes here.

export function OverviewPage() {
  const { roundId = '' } = useParams();
  const t = useT();
  const overview = useRoundOverview(roundId);
  usePageTitle(
    overview.data
      ? t('roundOverview.title', { round: overview.data.round.name })
      : t('overview.heading'),
  );
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <QueryError error={overview.error} />;
  return <Overview data={overview.data} />;
}

function Overview({ data }: { data: RoundOverviewOutput }) {
  const t = useT();
  const may = useMay();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const committees = new Map((useCommittees().data ?? []).map((c) => [c.code, c.name]));
  const administrations = new Map((useAdministrations().data ?? []).map((a) => [a.code, a.name]));
  const { round } = data;
  const level = t('common.priceLevel', { year: data.priceLevelYear });
  const entries = data.committees.flatMap((c) => c.administrations.flatMap((a) => a.entries));
  const poolName = new Map(data.pools.map((p) => [p.key, p.name]));

  const giveCodes = async () => {
    setBusy(true);
    try {
      const { assigned } = await assignCodes(round.id);
      setOutcome({
        ok: true,
        text:
          assigned.length === 0
            ? t('roundOverview.noCodes')
            : t('roundOverview.codesGiven', {
                count: assigned.length,
                codes: assigned.map((a) => a.code).join(', '),
              }),
      });
      await queryClient.invalidateQueries({ queryKey: roundKeys.overview(round.id) });
    } catch (error) {
      setOutcome({ ok: false, text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t('roundOverview.title', { round: round.name })}</h1>
      <RoundNav roundId={round.id} roundName={round.name} />
      <p className="font-lead">
        {t('roundOverview.intro', { level })}{' '}
        {data.rulesVersion === null
          ? t('overview.noRules')
          : t('overview.rulesVersion', { version: data.rulesVersion })}
      </p>
      <ul className="nobullet-list">
        <li>
          <a href={overviewDocxUrl(round.id)} download>
            {t('roundOverview.downloadDocx')}
          </a>
        </li>
        <li>
          <a href={overviewXlsxUrl(round.id)} download>
            {t('roundOverview.downloadXlsx')}
          </a>
        </li>
      </ul>
      {may(canKeepRounds) && (
        <p>
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => void giveCodes()}
          >
            {t('roundOverview.giveCodes')}
          </button>
        </p>
      )}
      {outcome && <Alert variant={outcome.ok ? 'success' : 'error'}>{outcome.text}</Alert>}
      {data.exceeded.map((e) => (
        <Alert key={`${e.poolKey}-${e.year}`} variant="warning">
          {t('overview.exceeded', {
            pool: poolName.get(e.poolKey) ?? e.poolKey,
            year: e.year,
            amount: formatWholeOfThousands(e.over),
          })}
        </Alert>
      ))}
      {entries.length === 0 ? (
        <p>{t('overview.empty')}</p>
      ) : (
        <OverviewTable
          data={data}
          committeeName={(code) => committees.get(code) ?? code}
          administrationName={(code) => administrations.get(code) ?? code}
        />
      )}
      {data.pools.length > 0 && (
        <section aria-labelledby="pools-heading" className="mt-8">
          <h2 id="pools-heading">{t('roundOverview.poolsHeading')}</h2>
          <PoolsTable
            pools={data.pools}
            years={data.years}
            caption={t('roundOverview.poolsCaption', { level })}
            usedLabel={t('overview.pools.asked')}
            format={formatWholeOfThousands}
          />
        </section>
      )}
      <ImportedOverviews roundId={round.id} />
    </>
  );
}
