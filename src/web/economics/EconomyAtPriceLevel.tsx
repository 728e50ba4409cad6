import { useId, useState } from 'react';
import { convertPriceLevel, indexPointsOf } from '../../domain/economics/index.ts';
import type { StatedFigures } from '../../domain/proposal.ts';
import { priceLevelMessage } from '../../shared/i18n/price-level-messages.ts';
import { toThousands } from '../../shared/proposal-schema.ts';
import { usePriceIndices } from '../api/economics.ts';
import { useT } from '../i18n/context.ts';
import { Alert } from '../layout/Alert.tsx';
import { toEconomicTable, type WireEconomy } from '../proposals/view/economy.ts';
import { EconomyTable } from '../proposals/view/EconomyTable.tsx';
import { EconomyAnalysis } from './EconomyAnalysis.tsx';

/**
 * A proposal's Tabel 1 with its analysis, in its own price level or, at the reader's choice,
 * converted to another p/l year by the secretariat's index: an OFS proposal in the current
 * year's prices, say, set beside budget proposals in next year's.
 */
export function EconomyAtPriceLevel({
  economy,
  stated,
}: {
  economy: WireEconomy;
  stated: { payback: StatedFigures['payback'] } | null;
}) {
  const t = useT();
  const id = useId();
  const indices = usePriceIndices().data ?? [];
  const [target, setTarget] = useState('');
  const own = economy.priceLevelYear;
  const table = toEconomicTable(economy);
  const index = Object.fromEntries(
    indices.flatMap((item) => {
      const points = indexPointsOf(item.index);
      return points === null ? [] : [[item.year, points]];
    }),
  );
  const converted =
    target === '' || own === null ? null : convertPriceLevel(table, Number(target), index);
  const shownTable = converted?.ok === true ? converted.value : table;
  const failure = converted?.ok === false ? priceLevelMessage(converted.error) : null;
  const shown: WireEconomy = {
    ...shownTable,
    rows: shownTable.rows.map((row) => ({ ...row, values: row.values.map(toThousands) })),
  };
  return (
    <>
      {own !== null && indices.length > 0 && (
        <div className="form-group">
          <label className="form-label" htmlFor={id}>
            {t('priceLevel.label')}
          </label>
          <select
            id={id}
            className="form-select"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          >
            <option value="">{t('priceLevel.own', { year: own })}</option>
            {indices
              .filter((item) => item.year !== own)
              .map((item) => (
                <option key={item.year} value={item.year}>
                  {t('common.priceLevel', { year: item.year })}
                </option>
              ))}
          </select>
        </div>
      )}
      {failure && (
        <Alert variant="warning">
          <p className="alert-text">{t(failure.key, failure.values)}</p>
        </Alert>
      )}
      {converted?.ok === true && (
        <p>{t('priceLevel.converted', { from: own ?? '', to: target })}</p>
      )}
      {/* The document stated its figures at its own price level. */}
      <EconomyTable
        economy={shown}
        stated={converted?.ok === true ? null : stated}
        whole={converted?.ok === true}
      />
      <EconomyAnalysis table={shownTable} />
    </>
  );
}
