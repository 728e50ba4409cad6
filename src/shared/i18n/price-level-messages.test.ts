import { describe, expect, it } from 'vitest';
import { convertPriceLevel } from '../../domain/economics/index.ts';
import type { Kroner } from '../../domain/money.ts';
import type { EconomicTable } from '../../domain/proposal.ts';
import { notConvertedMessage, priceLevelMessage } from './price-level-messages.ts';
import { dictionaries, translate, type Language } from './translate.ts';

const table = (priceLevelYear: number | null, amount = 1_000): EconomicTable => ({
  priceLevelYear,
  years: [2026],
  rows: [{ label: 'IT', section: 'implementation', area: 'service', values: [amount as Kroner] }],
});

function failure(from: EconomicTable, to: number, index: Record<number, number>) {
  const converted = convertPriceLevel(from, to, index);
  if (converted.ok) throw new Error('converted');
  return converted.error;
}

const said = ({ key, values }: ReturnType<typeof priceLevelMessage>, language: Language) =>
  translate(dictionaries[language], key, values);

describe('priceLevelMessage', () => {
  it('says why Tabel 1 cannot be shown at another price level, in Danish and in English', () => {
    const missingYear = failure(table(2025), 2026, { 2026: 10000 });
    expect(said(priceLevelMessage(missingYear), 'da')).toBe(
      'Prisindekset har ikke året 2025; det skal tilføjes før der kan omregnes.',
    );
    expect(said(priceLevelMessage(missingYear), 'en')).toBe(
      'The price index does not have the year 2025; it must be added before converting.',
    );
    const tooLarge = failure(table(2026, 6e15), 2030, { 2026: 10000, 2030: 20000 });
    expect(said(priceLevelMessage(tooLarge), 'da')).toBe(
      'Beløbet i række 1, kolonne 1 bliver for stort til hele kroner ved omregning.',
    );
    const invalid = failure(table(2026), 2027, { 2026: 10000, 2027: 0 });
    expect(said(priceLevelMessage(invalid), 'da')).toBe(
      'Prisindekset for 2027 skal være et positivt heltal i hundrededele, ikke 0.',
    );
  });

  it('says in the round’s overview that the proposal, not the table, lacks a price level', () => {
    const none = failure(table(null), 2026, { 2026: 10000 });
    expect(said(priceLevelMessage(none), 'da')).toBe(
      'Tabel 1 har intet prisniveau (p/l-år), så den kan ikke omregnes.',
    );
    expect(said(notConvertedMessage(none), 'da')).toBe('Forslaget har intet prisniveau (p/l-år).');
    expect(said(notConvertedMessage(none), 'en')).toBe(
      'The proposal has no price level (p/l year).',
    );
  });
});
