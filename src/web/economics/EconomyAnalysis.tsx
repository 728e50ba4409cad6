import { useId, useState, lazy, Suspense } from 'react';
import { Loading } from '../layout/Loading.tsx';
import {
  DEFAULT_DISCOUNT_RATE,
  DEFAULT_SCENARIO,
  discountRateOfPercent,
  SCENARIO_LIMITS,
  evaluateTable,
  sensitivity,
  type EvaluationOptions,
  type Scenario,
  type TableEvaluation,
} from '../../domain/economics/index.ts';
import { kronerToThousands, type Kroner } from '../../domain/money.ts';
import type { EconomicTable } from '../../domain/proposal.ts';
import { formatDanishNumber, parseDanishNumber } from '../../shared/danish-number.ts';
import { formatThousands, formatWholeThousands } from '../../shared/format.ts';
import type { MessageKey } from '../../shared/i18n/da.ts';
import { useT } from '../i18n/context.ts';
import { ScrollBox } from '../layout/ScrollBox.tsx';

// The chart library is large; it loads with the first chart, not with the app.
const PaybackChart = lazy(() =>
  import('./PaybackChart.tsx').then((m) => ({ default: m.PaybackChart })),
);

// Beyond the template, what a finance office asks of a business case: the payback curve, the
// present value at a discount rate, and how the payback holds up if the savings are smaller
// or later. All of it is the domain's arithmetic, recomputed as the figures change.

const thousands = (values: readonly Kroner[]) => values.map(kronerToThousands);

/** A whole number from `min` to `max` as typed in Danish format, else null. */
function readWhole(text: string, min: number, max: number): number | null {
  const value = parseDanishNumber(text);
  return value !== null && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** A yearly rate in percent with at most two decimals (3,5), else null. */
function readRate(text: string): EvaluationOptions['discountRate'] | null {
  const value = parseDanishNumber(text);
  return value === null ? null : discountRateOfPercent(value);
}

function NumberInput({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        className="form-input input-width-xs"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );
}

function safely(compute: () => TableEvaluation): TableEvaluation | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

export function EconomyAnalysis({ table }: { table: EconomicTable }) {
  const t = useT();
  const [rateText, setRateText] = useState(formatDanishNumber(DEFAULT_DISCOUNT_RATE / 100));
  const [lowerText, setLowerText] = useState(String(DEFAULT_SCENARIO.savingsReductionPercent));
  const [laterText, setLaterText] = useState(String(DEFAULT_SCENARIO.delayYears));
  const rate = readRate(rateText);
  const lower = readWhole(lowerText, 0, SCENARIO_LIMITS.savingsReductionPercent);
  const later = readWhole(laterText, 0, SCENARIO_LIMITS.delayYears);
  const options = { discountRate: rate ?? DEFAULT_DISCOUNT_RATE };
  const evaluation = safely(() => evaluateTable(table, options));
  if (evaluation === null || table.years.length === 0) return null;

  const scenario = (label: string, stress: Scenario | null) => ({
    label,
    result: stress === null ? null : safely(() => sensitivity(table, stress, options)),
  });
  const rows = [
    { label: t('analysis.asTable'), result: evaluation },
    scenario(
      t('analysis.lower', { percent: lowerText }),
      lower === null ? null : { savingsReductionPercent: lower, delayYears: 0 },
    ),
    scenario(
      t('analysis.later', { years: laterText }),
      later === null ? null : { savingsReductionPercent: 0, delayYears: later },
    ),
    scenario(
      t('analysis.both'),
      lower === null || later === null
        ? null
        : { savingsReductionPercent: lower, delayYears: later },
    ),
  ];
  const years = (n: number | null | undefined): string =>
    n === undefined
      ? t('common.none')
      : n === null
        ? t('analysis.never')
        : t('economy.paybackYears', { n });
  const invalid = (ok: boolean, key: MessageKey) => (ok ? null : t(key));

  return (
    <div className="economy-analysis">
      <h3>{t('chart.heading')}</h3>
      <Suspense fallback={<Loading />}>
        <PaybackChart
          years={table.years}
          cumulative={thousands(evaluation.cumulative)}
          serviceCumulative={thousands(evaluation.serviceCumulative)}
          payback={evaluation.payback}
        />
      </Suspense>
      <h3>{t('analysis.heading')}</h3>
      <p>
        {t('analysis.npv', {
          rate: formatDanishNumber(options.discountRate / 100),
          value: formatWholeThousands(evaluation.npv.total),
        })}
      </p>
      <div className="analysis-inputs">
        <NumberInput
          label={t('analysis.rateLabel')}
          value={rateText}
          error={invalid(rate !== null, 'analysis.rateError')}
          onChange={setRateText}
        />
        <NumberInput
          label={t('analysis.lowerLabel')}
          value={lowerText}
          error={invalid(lower !== null, 'analysis.percentError')}
          onChange={setLowerText}
        />
        <NumberInput
          label={t('analysis.laterLabel')}
          value={laterText}
          error={invalid(later !== null, 'analysis.yearsError')}
          onChange={setLaterText}
        />
      </div>
      <ScrollBox label={t('analysis.caption')}>
        <table className="table table--compact">
          <caption>{t('analysis.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('analysis.scenario')}</th>
              <th scope="col">{t('economy.paybackTotal')}</th>
              <th scope="col">{t('economy.paybackService')}</th>
              <th scope="col" className="align-text-right">
                {t('analysis.npvColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ label, result }) => (
              <tr key={label}>
                <th scope="row" className="weight-normal">
                  {label}
                </th>
                <td>{years(result?.payback.total)}</td>
                <td>{years(result?.payback.service)}</td>
                <td className="align-text-right">
                  {result ? (
                    <span title={formatThousands(result.npv.total)}>
                      {formatWholeThousands(result.npv.total)}
                    </span>
                  ) : (
                    t('common.none')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
