import type { ReactNode } from 'react';
import { useT } from '../i18n/context.ts';
import { YearHeaders } from '../layout/YearHeaders.tsx';

// A round's pools, year by year: each pool's budget, what is used of it (granted, or asked in
// the overview) by the proposals drawing on it and the pools inside it, and what is left. A
// pool exceeded says so in words as well as in colour.

interface PoolYear {
  year: number;
  budget: number | null;
  granted: number;
  remaining: number | null;
}

export interface PoolRows {
  key: string;
  name: string;
  years: PoolYear[];
  budgetTotal: number | null;
  grantedTotal: number;
  remainingTotal: number | null;
}

export function PoolsTable({
  pools,
  years,
  caption,
  usedLabel,
  format,
}: {
  pools: PoolRows[];
  years: number[];
  caption: string;
  usedLabel: string;
  /** An amount in thousands as the page shows it. */
  format: (value: number | null) => ReactNode;
}) {
  const t = useT();
  const at = (pool: PoolRows, year: number) => pool.years.find((y) => y.year === year);
  const remaining = (value: number | null | undefined) =>
    value === null || value === undefined ? (
      ''
    ) : (
      <span className={value < 0 ? 'amount-exceeded' : undefined}>
        {format(value)}
        {value < 0 && <span className="sr-only"> {t('decisions.exceeded')}</span>}
      </span>
    );
  const line = (
    pool: PoolRows,
    kind: string,
    label: string,
    value: (y: PoolYear) => React.ReactNode,
    total: React.ReactNode,
  ) => (
    <tr key={`${pool.key}-${kind}`} data-testid={`${kind}-${pool.key}`}>
      {kind === 'budget' && (
        <th scope="row" rowSpan={3}>
          {pool.name}
        </th>
      )}
      <td>{label}</td>
      {years.map((year) => {
        const y = at(pool, year);
        return (
          <td key={year} className="align-text-right">
            {y ? value(y) : ''}
          </td>
        );
      })}
      <td className="align-text-right">{total}</td>
    </tr>
  );
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('decisions.pool')}</th>
            <th scope="col">{t('decisions.line')}</th>
            <YearHeaders years={years} />
            <th scope="col" className="align-text-right">
              {t('decisions.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {pools.flatMap((pool) => [
            line(
              pool,
              'budget',
              t('decisions.budget'),
              (y) => format(y.budget),
              format(pool.budgetTotal),
            ),
            line(pool, 'used', usedLabel, (y) => format(y.granted), format(pool.grantedTotal)),
            line(
              pool,
              'remaining',
              t('decisions.remaining'),
              (y) => remaining(y.remaining),
              remaining(pool.remainingTotal),
            ),
          ])}
        </tbody>
      </table>
    </div>
  );
}
