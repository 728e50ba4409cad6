import { useState } from 'react';
import { OBJECTIVES, type Objective } from '../../domain/portfolio/candidates.ts';
import { canPrioritise } from '../../domain/workflow/permissions.ts';
import type { PortfolioOutput, ScoresOutput } from '../../shared/portfolio-schema.ts';
import { formatWholeOfThousands } from '../../shared/format.ts';
import { Thousands } from '../layout/Thousands.tsx';
import { ApiError } from '../api/client.ts';
import { useMay } from '../auth/may.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { optimise } from './api.ts';

// The optimiser, for the secretariat: the objective, proposals forced in or out for this
// calculation only, and the answer: the best set the solver found (and whether it proved it
// best) beside the simple rank-and-fund choice, with what the difference is worth.

type Force = 'free' | 'in' | 'out';

export function OptimiserPanel({
  roundId,
  proposals,
}: {
  roundId: string;
  proposals: ScoresOutput['proposals'];
}) {
  const t = useT();
  const may = useMay();
  const [objective, setObjective] = useState<Objective>('net_savings');
  const [force, setForce] = useState<Record<string, Force>>({});
  const [result, setResult] = useState<PortfolioOutput | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!may(canPrioritise)) return null;

  const run = async () => {
    setBusy(true);
    setProblem(null);
    const forced = (f: Force) =>
      Object.entries(force).flatMap(([id, value]) => (value === f ? [id] : []));
    try {
      setResult(
        await optimise(roundId, { objective, forcedIn: forced('in'), forcedOut: forced('out') }),
      );
    } catch (error) {
      setResult(null);
      setProblem(error instanceof ApiError ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  const worth = (value: number | null) =>
    value === null ? '–' : objective === 'score' ? String(value) : formatWholeOfThousands(value);

  return (
    <section aria-labelledby="optimiser-heading" className="mt-8">
      <h2 id="optimiser-heading">{t('prioritisation.optimiser')}</h2>
      <p>{t('prioritisation.optimiserIntro')}</p>
      <div className="form-group">
        <label className="form-label" htmlFor="objective">
          {t('prioritisation.objective')}
        </label>
        <select
          id="objective"
          className="form-select"
          value={objective}
          onChange={(e) => setObjective(e.target.value as Objective)}
        >
          {OBJECTIVES.map((o) => (
            <option key={o} value={o}>
              {t(`prioritisation.objective.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="h4">{t('prioritisation.forceLegend')}</legend>
        {proposals.map((p) => {
          const id = `force-${p.proposalId}`;
          return (
            <div className="form-group" key={p.proposalId}>
              <label className="form-label" htmlFor={id}>
                {[p.code, p.title].filter(Boolean).join(' ')}
              </label>
              <select
                id={id}
                className="form-select"
                value={force[p.proposalId] ?? 'free'}
                onChange={(e) => setForce({ ...force, [p.proposalId]: e.target.value as Force })}
              >
                <option value="free">{t('prioritisation.force.free')}</option>
                <option value="in">{t('prioritisation.force.in')}</option>
                <option value="out">{t('prioritisation.force.out')}</option>
              </select>
            </div>
          );
        })}
      </fieldset>
      <button
        type="button"
        className="button button-primary"
        disabled={busy}
        onClick={() => void run()}
      >
        {t('prioritisation.run')}
      </button>
      {problem && <Alert variant="error">{problem}</Alert>}
      {result && (
        <div className="mt-6" data-testid="optimum">
          {result.infeasible.length > 0 ? (
            <Alert variant="error" heading={t('prioritisation.infeasible')}>
              <ul>
                {result.infeasible.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </Alert>
          ) : (
            <p role="status">
              {t('prioritisation.summary', {
                optimum: worth(result.optimum),
                simple: worth(result.simple),
                difference: worth(result.difference),
              })}{' '}
              {result.proven ? t('prioritisation.proven') : t('prioritisation.notProven')}
            </p>
          )}
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption>{t('prioritisation.resultCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overview.col.title')}</th>
                  <th scope="col" className="align-text-right">
                    {t('prioritisation.requested')}
                  </th>
                  <th scope="col">{t('prioritisation.inOptimum')}</th>
                  <th scope="col">{t('prioritisation.inSimple')}</th>
                </tr>
              </thead>
              <tbody>
                {result.candidates.map((c) => (
                  <tr key={c.proposalId}>
                    <th scope="row">{[c.code, c.title].filter(Boolean).join(' ')}</th>
                    <td className="align-text-right">
                      <Thousands value={c.requested} />
                    </td>
                    <td>
                      {c.excluded
                        ? t(`prioritisation.excluded.${c.excluded}`)
                        : c.inOptimum
                          ? t('common.yes')
                          : t('common.no')}
                    </td>
                    <td>{c.inSimple ? t('common.yes') : t('common.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
