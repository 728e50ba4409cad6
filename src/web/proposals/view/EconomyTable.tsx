import type { Area, RowSection } from '../../../domain/proposal.ts';
import { AREAS, ROW_SECTIONS } from '../../../domain/proposal.ts';
import type { Kroner } from '../../../domain/money.ts';
import { formatAmount } from '../../../shared/format.ts';
import { useT } from '../../i18n/context.ts';
import { Alert } from '../../layout/Alert.tsx';
import { evaluateEconomy, thousands, type WireEconomy } from './economy.ts';
import { Payback } from './Payback.tsx';
import { RoundingNote } from '../../layout/RoundingNote.tsx';
import { ScrollBox } from '../../layout/ScrollBox.tsx';
import { Thousands } from '../../layout/Thousands.tsx';

/** In thousands; `whole`: rounded to whole thousands, the exact amount in a tooltip. */
function Amounts({
  values,
  length,
  whole,
}: {
  values: readonly (number | null)[];
  length: number;
  whole: boolean;
}) {
  return Array.from({ length }, (_, i) => {
    const value = values[i] ?? null;
    return (
      <td key={i} className="align-text-right nowrap">
        {whole ? <Thousands value={value} /> : formatAmount(value)}
      </td>
    );
  });
}

/** Totals that could not be computed show as empty cells. */
const inThousands = (values: readonly Kroner[] | undefined) => (values ?? []).map(thousands);

/**
 * Tabel 1 laid out as in the template: the rows grouped by section, each group with subtotals
 * per styringsområde and in total, then the total impact. Every subtotal is computed here from
 * the rows, never taken from the document.
 */
export function EconomyTable({
  economy,
  stated,
  whole = false,
}: {
  economy: WireEconomy;
  /** Amounts computed by a conversion: shown in whole thousands, as the user did not type them. */
  whole?: boolean;
  stated: { payback: { service: number | null; total: number | null } } | null;
}) {
  const t = useT();
  const years = economy.years;
  const width = years.length;
  const result = evaluateEconomy(economy);
  const priceLevel =
    economy.priceLevelYear === null
      ? t('economy.noPriceLevel')
      : t('common.priceLevel', { year: economy.priceLevelYear });
  const sectionRows = (section: RowSection) => economy.rows.filter((r) => r.section === section);
  const areasUsed = (section: RowSection): Area[] =>
    AREAS.filter((area) => sectionRows(section).some((r) => r.area === area));

  return (
    <>
      <ScrollBox label={t('economy.caption')}>
        <table className="table table--compact economy-table">
          <caption>
            {t('economy.caption')}{' '}
            <span className="weight-normal">({t('economy.unit', { priceLevel })})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('economy.rowHeader')}</th>
              <th scope="col">{t('economy.area')}</th>
              {years.map((y, i) => (
                <th scope="col" key={i} className="align-text-right">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          {ROW_SECTIONS.filter((s) => sectionRows(s).length > 0).map((section) => (
            <tbody key={section}>
              <tr className="group-heading">
                <th scope="rowgroup" colSpan={2 + width}>
                  {t(`section.${section}`)}
                </th>
              </tr>
              {sectionRows(section).map((row, i) => (
                <tr key={i}>
                  <th scope="row" className="weight-normal">
                    {row.label || t('common.none')}
                  </th>
                  <td>{t(`area.${row.area}`)}</td>
                  <Amounts whole={whole} values={row.values} length={width} />
                </tr>
              ))}
              {areasUsed(section).map((area) => (
                <tr key={area} className="subtotal">
                  <th scope="row">
                    {t(`economy.areaTotal.${section}`, { area: t(`area.${area}`).toLowerCase() })}
                  </th>
                  <td>{t(`area.${area}`)}</td>
                  <Amounts
                    whole={whole}
                    values={inThousands(result?.totals[section].byArea[area])}
                    length={width}
                  />
                </tr>
              ))}
              <tr className="total">
                <th scope="row">{t(`economy.groupTotal.${section}`)}</th>
                <td />
                <Amounts
                  whole={whole}
                  values={inThousands(result?.totals[section].total)}
                  length={width}
                />
              </tr>
            </tbody>
          ))}
          <tbody>
            <tr className="total grand-total">
              <th scope="row">{t('economy.totalImpact')}</th>
              <td />
              <Amounts whole={whole} values={inThousands(result?.impact)} length={width} />
            </tr>
            <tr className="subtotal">
              <th scope="row">{t('economy.cumulative')}</th>
              <td />
              <Amounts whole={whole} values={inThousands(result?.cumulative)} length={width} />
            </tr>
          </tbody>
        </table>
      </ScrollBox>
      {whole && result && (
        <RoundingNote
          columns={years.map((year, i) => ({
            label: year,
            parts: economy.rows.map((row) => row.values[i] ?? null),
            total: inThousands(result.impact)[i] ?? null,
          }))}
        />
      )}
      {width === 0 && <p>{t('economy.noYears')}</p>}
      {result ? (
        <Payback computed={result.payback} stated={stated?.payback ?? null} />
      ) : (
        <Alert variant="warning">
          <p className="alert-text">{t('economy.tooLarge')}</p>
        </Alert>
      )}
    </>
  );
}
