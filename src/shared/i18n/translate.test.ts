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
