import type { PriceLevelError } from '../../domain/economics/price-level.ts';
import { say, type Words } from '../words.ts';

/** Why a conversion to another price level failed, in the words of the server's catalogue. */
export function priceLevelWords(error: PriceLevelError): Words {
  switch (error.code) {
    case 'price-level-missing':
      return say('issue.priceLevel.missing');
    case 'index-year-missing':
      return say('issue.priceLevel.yearMissing', { year: String(error.year) });
    case 'index-invalid':
      return say('issue.priceLevel.invalid', {
        year: String(error.year),
        points: String(error.points),
      });
    case 'amount-out-of-range':
      return error.cell
        ? say('issue.priceLevel.outOfRangeAt', {
            row: error.cell.row + 1,
            column: error.cell.column + 1,
          })
        : say('issue.priceLevel.outOfRange');
  }
}
