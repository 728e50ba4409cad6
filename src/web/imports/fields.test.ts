import { describe, expect, it } from 'vitest';
import { da } from '../../shared/i18n/da.ts';
import { anchorOf, labelOf, mismatchPlace, placeOf } from './fields.ts';

describe('where an unread field is shown on the review screen', () => {
  it.each([
    ['leadAdministration', 'leadAdministration'],
    ['title', 'title'],
    ['economy', 'economy'],
    ['economy.rows.Projektledelse', 'economy'],
    ['economy.priceLevelYear', 'priceLevelYear'],
    ['stated.payback.service', 'economy'],
    ['followUpGoals', 'implementation'],
    ['futureInvestment.expectedCost', 'futureInvestment'],
    ['riskLevel', 'risk'],
    ['hearings', 'heard'],
    ['something.new', 'header'],
  ])('%s is shown at %s', (field, place) => {
    expect(placeOf(field)).toBe(place);
  });

  it('names every place in Danish and links it by a stable id', () => {
    for (const field of ['committee', 'economy.rows.x', 'risks', 'unknown']) {
      const place = placeOf(field);
      expect(da[labelOf(place)]).toBeTruthy();
      expect(anchorOf(place)).toBe(`felt-${place}`);
    }
  });

  it('places a mismatch on a stated subtotal at the subtotals, a payback one at Tabel 1', () => {
    const labels = ['Samlet varig ændring, service'];
    expect(mismatchPlace('Samlet varig ændring, service 2026', labels)).toBe('stated');
    expect(mismatchPlace('payback.total', labels)).toBe('economy');
  });
});
