import type { PriceLevelError } from '../../domain/economics/price-level.ts';
import type { MessageKey } from './da.ts';
import type { MessageParams } from './translate.ts';

// Why Tabel 1 or an amount cannot be brought to another price level, as the catalogue words it
// (problems.da.ts, problems.en.ts): the one text of the API's refusals and answers, the web's
// table at another price level and the round's overview.

export interface CatalogueMessage {
  key: MessageKey;
  values: MessageParams;
}

export function priceLevelMessage(error: PriceLevelError): CatalogueMessage {
  switch (error.code) {
    case 'price-level-missing':
      return { key: 'issue.priceLevel.missing', values: {} };
    case 'index-year-missing':
      return { key: 'issue.priceLevel.yearMissing', values: { year: String(error.year) } };
    case 'index-invalid':
      return {
        key: 'issue.priceLevel.invalid',
        values: { year: String(error.year), points: String(error.points) },
      };
    case 'amount-out-of-range':
      return error.cell
        ? {
            key: 'issue.priceLevel.outOfRangeAt',
            values: { row: error.cell.row + 1, column: error.cell.column + 1 },
          }
        : { key: 'issue.priceLevel.outOfRange', values: {} };
  }
}

/** Why a proposal in the round's overview stays in its own price level. */
export const notConvertedMessage = (error: PriceLevelError): CatalogueMessage =>
  error.code === 'price-level-missing'
    ? { key: 'note.overview.noPriceLevel', values: {} }
    : priceLevelMessage(error);
