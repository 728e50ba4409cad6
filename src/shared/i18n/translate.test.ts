import { describe, expect, it } from 'vitest';
import { da } from './da.ts';
import { en } from './en.ts';
import { translate } from './translate.ts';

describe('translate', () => {
  it('fills in every placeholder it is given', () => {
    expect(translate(da, 'editEconomy.cellOf', { row: 'Projektledelse', year: 2026 })).toBe(
      'Projektledelse, 2026',
    );
  });

  it('leaves a placeholder without a value visible rather than printing "undefined"', () => {
    expect(translate(da, 'edit.saved', {})).toBe('Forslaget er gemt som version {version}.');
  });

  it('uses the same placeholders in Danish and English', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      expect(names(en[key]), key).toEqual(names(da[key]));
    }
  });
});

describe('plurals', () => {
  it('chooses the singular for one and the plural otherwise, in Danish', () => {
    expect(translate(da, 'history.changedFields', { count: 1 })).toBe('1 felt ændret');
    expect(translate(da, 'history.changedFields', { count: 3 })).toBe('3 felter ændret');
    expect(translate(da, 'compare.caption', { count: 1 })).toBe('1 felt er forskelligt');
    expect(translate(da, 'review.risks', { level: 'Lav', n: 1 })).toBe(
      'Risikoniveau: Lav; 1 risiko læst',
    );
    expect(translate(da, 'review.risks', { level: 'Lav', n: 0 })).toBe(
      'Risikoniveau: Lav; 0 risici læst',
    );
    expect(translate(da, 'import.progressDone', { total: 1 })).toBe(
      'Forslaget er læst og gemt som kladde til gennemsyn.',
    );
  });

  it('chooses the singular for one and the plural otherwise, in English', () => {
    expect(translate(en, 'economy.paybackYears', { n: 1 })).toBe('1 year');
    expect(translate(en, 'economy.paybackYears', { n: 0 })).toBe('0 years');
    expect(translate(en, 'history.changedFields', { count: 1 })).toBe('1 field changed');
    expect(translate(en, 'history.changedFields', { count: 2 })).toBe('2 fields changed');
    expect(translate(en, 'analysis.later', { years: '1' })).toBe('Savings 1 year later');
    expect(translate(en, 'analysis.later', { years: '2' })).toBe('Savings 2 years later');
  });

  it('writes a count in Danish number format in both languages', () => {
    expect(translate(da, 'search.found', { n: 1234, q: 'skole' })).toBe(
      '1.234 forslag fundet for „skole“',
    );
    expect(translate(en, 'search.found', { n: 1234, q: 'school' })).toBe(
      '1.234 proposals found for “school”',
    );
  });

  it('compiles every message of both languages, with the same arguments in each', () => {
    const args = (text: string) =>
      [...new Set([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      expect(args(en[key]), key).toEqual(args(da[key]));
      const values = Object.fromEntries(args(da[key]).map((name) => [name!, 2]));
      expect(translate(da, key, values), key).not.toMatch(/[{}]/);
      expect(translate(en, key, values), key).not.toMatch(/[{}]/);
    }
  });
});
