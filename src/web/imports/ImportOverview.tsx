import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { canKeepRounds } from '../../domain/workflow/permissions.ts';
import {
  importKeys,
  readOverviewIntoRound,
  useImportOverview,
  type ImportOverviewOutput,
} from '../api/imports.ts';
import { queryKeys, useRounds } from '../api/queries.ts';
import { useMay } from '../auth/may.ts';
import { roundKeys } from '../rounds/api.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { useFormatDateTime } from '../layout/DateTime.tsx';
import { ErrorAlert } from '../layout/ErrorAlert.tsx';
import { QueryError } from '../layout/QueryError.tsx';
import { StatedOverview } from './StatedOverview.tsx';

// The round's overview an imported document holds, and the secretariat's reading of it into a
// round. Once read into one, only that round is offered: the server refuses another.

type Outcome = { placed: number; elsewhere: string[] };

function ReadIntoRound({ overview }: { overview: ImportOverviewOutput }) {
  const t = useT();
  const queryClient = useQueryClient();
  const rounds = (useRounds().data ?? []).filter(
    (round) => overview.readInto === null || round.id === overview.readInto.roundId,
  );
  const [roundId, setRoundId] = useState(
    overview.readInto?.roundId ?? overview.suggestedRoundId ?? '',
  );
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const read = await readOverviewIntoRound(overview.importId, roundId);
      setOutcome({
        placed: read.placed.length,
        elsewhere: read.elsewhere.map((p) => [p.code, p.title].filter(Boolean).join(' ')),
      });
      queryClient.setQueryData(importKeys.overview(overview.importId), read);
      // The proposals placed now belong to the round: its pages and theirs are out of date.
      void queryClient.invalidateQueries({ queryKey: roundKeys.all });
      void queryClient.invalidateQueries({ queryKey: queryKeys.proposals });
    } catch (caught) {
      setOutcome(null);
      setError(caught as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="mb-6">
      <div className="form-group">
        <label className="form-label" htmlFor="bilag-round">
          {t('bilag.readIntoLabel')}
        </label>
        <span className="form-hint" id="bilag-round-hint">
          {t('bilag.readIntoHint')}
        </span>
        <select
          id="bilag-round"
          className="form-select"
          aria-describedby="bilag-round-hint"
          value={roundId}
          onChange={(event) => setRoundId(event.target.value)}
        >
          {overview.readInto === null && <option value="">{t('common.choose')}</option>}
          {rounds.map((round) => (
            <option key={round.id} value={round.id}>
              {round.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary" disabled={busy || roundId === ''}>
        {t('bilag.readIntoSubmit')}
      </button>
      {outcome && (
        <Alert variant="success">
          <p className="alert-text">
            {t('bilag.placed', { n: outcome.placed })}
            {outcome.elsewhere.length > 0 &&
              ` ${t('bilag.elsewhere', { list: outcome.elsewhere.join(', ') })}`}
          </p>
        </Alert>
      )}
      {error && <ErrorAlert heading={t('bilag.readIntoSubmit')} error={error} />}
    </form>
  );
}

export function ImportOverview({ importId }: { importId: string }) {
  const t = useT();
  const may = useMay();
  const formatDateTime = useFormatDateTime();
  const overview = useImportOverview(importId);
  if (overview.isError) return <QueryError error={overview.error} />;
  if (!overview.data) return null;
  const { readInto } = overview.data;
  return (
    <section aria-labelledby="bilag-heading" className="mt-8">
      <h2 id="bilag-heading">{t('bilag.heading')}</h2>
      <p>{t('bilag.intro')}</p>
      {readInto && (
        <p>{t('bilag.readInto', { round: readInto.name, when: formatDateTime(readInto.at) })}</p>
      )}
      {may(canKeepRounds) && <ReadIntoRound overview={overview.data} />}
      <StatedOverview overview={overview.data} />
    </section>
  );
}
